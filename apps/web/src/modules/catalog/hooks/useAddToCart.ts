import { useMutation } from '@apollo/client/react';
import { AddProductToCartDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';

export type AddToCartResult = { ok: true; lineCount: number } | { ok: false; userErrors: UserErrorItem[] };

export function useAddToCart() {
  const [mutate, { loading }] = useMutation(AddProductToCartDocument);
  const addToCart = useCallback(
    async (productId: string, quantity: number): Promise<AddToCartResult> => {
      const { data } = await mutate({ variables: { input: { productId, quantity } } });
      const payload = data?.addToCart;
      if (!payload || payload.userErrors.length > 0) return { ok: false, userErrors: payload?.userErrors ?? [] };
      return { ok: true, lineCount: payload.cart.lineCount };
    },
    [mutate],
  );
  return { addToCart, loading };
}
