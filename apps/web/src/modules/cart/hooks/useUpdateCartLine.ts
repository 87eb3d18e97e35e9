import { useMutation } from '@apollo/client/react';
import { UpdateCartLineDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { CartChangeResult } from '../model/cart-types';

export interface CartLineChange {
  quantity?: number;
  comment?: string;
}

export function useUpdateCartLine() {
  const [mutate] = useMutation(UpdateCartLineDocument);
  const updateCartLine = useCallback(
    async (lineId: string, change: CartLineChange): Promise<CartChangeResult> => {
      const { data } = await mutate({ variables: { input: { lineId, ...change } } });
      const userErrors = data?.updateCartLine.userErrors ?? [];
      return userErrors.length > 0 ? { ok: false, userErrors } : { ok: true };
    },
    [mutate],
  );
  return { updateCartLine };
}
