import { useLazyQuery } from '@apollo/client/react';
import type { FastOrderRowInput } from '@branchline/graphql-types';
import { ValidateFastOrderDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

export function useValidateFastOrder() {
  // A check reflects this moment's prices and assortment; never answer it from the cache.
  const [run, { loading }] = useLazyQuery(ValidateFastOrderDocument, { fetchPolicy: 'no-cache' });
  const validateFastOrder = useCallback(
    async (rows: FastOrderRowInput[]) => {
      const { data, error } = await run({ variables: { input: { rows } } });
      if (error) throw error;
      return data?.validateFastOrder ?? null;
    },
    [run],
  );
  return { validateFastOrder, loading };
}
