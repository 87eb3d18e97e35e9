import { useMutation } from '@apollo/client/react';
import type { CreateEmployeeInput } from '@branchline/graphql-types';
import { CreateEmployeeDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { EMPLOYEE_DEPENDENT_QUERIES } from '../model/dependent-queries';

export function useCreateEmployee() {
  const [mutate, { loading }] = useMutation(CreateEmployeeDocument, {
    refetchQueries: EMPLOYEE_DEPENDENT_QUERIES,
    awaitRefetchQueries: true,
  });
  const createEmployee = useCallback(
    async (input: CreateEmployeeInput): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input } });
      return data?.createEmployee.userErrors ?? [];
    },
    [mutate],
  );
  return { createEmployee, loading };
}
