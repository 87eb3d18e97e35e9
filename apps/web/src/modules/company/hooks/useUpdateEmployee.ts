import { useMutation } from '@apollo/client/react';
import { UpdateEmployeeDocument } from '@branchline/graphql-types';
import type { UpdateEmployeeInput } from '@branchline/graphql-types';
import { useCallback } from 'react';

import { EMPLOYEE_DEPENDENT_QUERIES } from '../model/dependent-queries';
import type { CompanyUserError } from './company-mutations';

export function useUpdateEmployee() {
  const [mutate, { loading }] = useMutation(UpdateEmployeeDocument, { refetchQueries: EMPLOYEE_DEPENDENT_QUERIES, awaitRefetchQueries: true });
  const updateEmployee = useCallback(
    async (input: UpdateEmployeeInput): Promise<CompanyUserError[]> => {
      const { data } = await mutate({ variables: { input } });
      return data?.updateEmployee.userErrors ?? [];
    },
    [mutate],
  );
  return { updateEmployee, loading };
}
