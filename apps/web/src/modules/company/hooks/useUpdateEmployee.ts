import { useMutation } from '@apollo/client/react';
import type { UpdateEmployeeInput } from '@branchline/graphql-types';
import { UpdateEmployeeDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { EMPLOYEE_DEPENDENT_QUERIES } from '../model/dependent-queries';

export function useUpdateEmployee() {
  const [mutate, { loading }] = useMutation(UpdateEmployeeDocument, {
    refetchQueries: EMPLOYEE_DEPENDENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const updateEmployee = useCallback(
    async (input: UpdateEmployeeInput): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input } });
      return data?.updateEmployee.userErrors ?? [];
    },
    [mutate],
  );
  return { updateEmployee, loading };
}
