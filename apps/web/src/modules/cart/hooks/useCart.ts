import { useQuery } from '@apollo/client/react';
import { CartDocument } from '@branchline/graphql-types';

import { usePermission } from '../../identity/hooks/usePermission';

export interface UseCartOptions {
  // The cart page wants today's prices; the header count is happy with the cache.
  fresh?: boolean;
}

export function useCart({ fresh = false }: UseCartOptions = {}) {
  const canOrder = usePermission('PLACE_ORDERS');
  const { data, loading, error, refetch } = useQuery(CartDocument, {
    skip: !canOrder,
    fetchPolicy: fresh ? 'cache-and-network' : 'cache-first',
  });
  return { cart: data?.cart ?? null, loading: loading && !data, error, refetch };
}
