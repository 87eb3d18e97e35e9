import { useMutation } from '@apollo/client/react';
import type { CreateRoleInput } from '@branchline/graphql-types';
import { CreateRoleDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { EMPLOYEE_DEPENDENT_QUERIES } from '../model/dependent-queries';

export function useCreateRole() {
  const [mutate, { loading }] = useMutation(CreateRoleDocument, {
    refetchQueries: EMPLOYEE_DEPENDENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const createRole = useCallback(
    async (input: CreateRoleInput): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input } });
      return data?.createRole.userErrors ?? [];
    },
    [mutate],
  );
  return { createRole, loading };
}
