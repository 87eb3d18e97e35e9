import { useMutation } from '@apollo/client/react';
import type { UnlinkEmployeeInput } from '@branchline/graphql-types';
import { UnlinkEmployeeDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { EMPLOYEE_DEPENDENT_QUERIES } from '../model/dependent-queries';

export function useUnlinkEmployee() {
  const [mutate, { loading }] = useMutation(UnlinkEmployeeDocument, {
    refetchQueries: EMPLOYEE_DEPENDENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const unlinkEmployee = useCallback(
    async (input: UnlinkEmployeeInput): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input } });
      return data?.unlinkEmployee.userErrors ?? [];
    },
    [mutate],
  );
  return { unlinkEmployee, loading };
}
