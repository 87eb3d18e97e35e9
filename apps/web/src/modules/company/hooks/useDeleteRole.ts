import { useMutation } from '@apollo/client/react';
import type { DeleteRoleInput } from '@branchline/graphql-types';
import { DeleteRoleDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { EMPLOYEE_DEPENDENT_QUERIES } from '../model/dependent-queries';

export function useDeleteRole() {
  const [mutate, { loading }] = useMutation(DeleteRoleDocument, {
    refetchQueries: EMPLOYEE_DEPENDENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const deleteRole = useCallback(
    async (input: DeleteRoleInput): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input } });
      return data?.deleteRole.userErrors ?? [];
    },
    [mutate],
  );
  return { deleteRole, loading };
}
