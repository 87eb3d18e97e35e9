import { useMutation } from '@apollo/client/react';
import type { FastOrderRowInput } from '@branchline/graphql-types';
import { AddFastOrderToCartDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

export function useAddFastOrderToCart() {
  const [mutate, { loading }] = useMutation(AddFastOrderToCartDocument);
  const addFastOrderToCart = useCallback(
    async (rows: FastOrderRowInput[]) => {
      const { data } = await mutate({ variables: { input: { rows } } });
      return data?.addFastOrderToCart ?? null;
    },
    [mutate],
  );
  return { addFastOrderToCart, loading };
}
