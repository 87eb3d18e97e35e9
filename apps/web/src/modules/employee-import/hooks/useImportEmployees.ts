import { useApolloClient, useMutation } from '@apollo/client/react';
import type { ImportEmployeesMutation } from '@branchline/graphql-types';
import { ImportEmployeesDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import { EMPLOYEE_DEPENDENT_QUERIES } from '../../company/model/dependent-queries';

export type EmployeeImportReport = ImportEmployeesMutation['importEmployees'];

export function useImportEmployees() {
  const client = useApolloClient();
  const [mutate] = useMutation(ImportEmployeesDocument);
  const importChunk = useCallback(
    async (csv: string, firstRowNumber: number): Promise<EmployeeImportReport> => {
      const { data } = await mutate({ variables: { input: { csv, firstRowNumber } } });
      if (!data) throw new Error('No import report received');
      return data.importEmployees;
    },
    [mutate],
  );
  // Once after the last chunk, not after each of them: the list and role holders change together.
  const refreshEmployees = useCallback(async () => {
    await client.refetchQueries({ include: EMPLOYEE_DEPENDENT_QUERIES });
  }, [client]);
  return { importChunk, refreshEmployees };
}
