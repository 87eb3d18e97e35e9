import { useMutation } from '@apollo/client/react';
import { ImportCustomerProductNumbersDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import { PRODUCT_NUMBER_DEPENDENT_QUERIES } from '../model/dependent-queries';

export function useImportCustomerProductNumbers() {
  const [mutate, { data, loading, error, reset }] = useMutation(ImportCustomerProductNumbersDocument, {
    refetchQueries: PRODUCT_NUMBER_DEPENDENT_QUERIES,
  });
  const importCsv = useCallback(
    async (csv: string) => {
      const result = await mutate({ variables: { input: { csv } } });
      return result.data?.importCustomerProductNumbers ?? null;
    },
    [mutate],
  );
  return { importCsv, report: data?.importCustomerProductNumbers ?? null, loading, error, reset };
}
