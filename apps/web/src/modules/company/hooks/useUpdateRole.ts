import { useMutation } from '@apollo/client/react';
import type { UpdateRoleInput } from '@branchline/graphql-types';
import { UpdateRoleDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { EMPLOYEE_DEPENDENT_QUERIES } from '../model/dependent-queries';

export function useUpdateRole() {
  const [mutate, { loading }] = useMutation(UpdateRoleDocument, {
    refetchQueries: EMPLOYEE_DEPENDENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const updateRole = useCallback(
    async (input: UpdateRoleInput): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input } });
      return data?.updateRole.userErrors ?? [];
    },
    [mutate],
  );
  return { updateRole, loading };
}
