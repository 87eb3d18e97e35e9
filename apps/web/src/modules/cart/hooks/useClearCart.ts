import { useMutation } from '@apollo/client/react';
import { ClearCartDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

export function useClearCart() {
  const [mutate, { loading }] = useMutation(ClearCartDocument);
  const clearCart = useCallback(async () => {
    await mutate();
  }, [mutate]);
  return { clearCart, loading };
}
