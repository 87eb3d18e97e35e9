import { useMutation } from '@apollo/client/react';
import { ExpressCheckoutDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { CheckoutResult } from '../model/placed-order';
import { AFTER_ORDER_REFETCH, forgetOrderLists, toCheckoutResult } from '../model/placed-order';

export function useExpressCheckout() {
  const [mutate, { loading }] = useMutation(ExpressCheckoutDocument, {
    refetchQueries: AFTER_ORDER_REFETCH,
    update: (cache, { data }) => {
      if (data?.expressCheckout.order) forgetOrderLists(cache);
    },
  });
  const expressCheckout = useCallback(
    async (idempotencyKey: string): Promise<CheckoutResult> => {
      const { data } = await mutate({ variables: { input: { idempotencyKey } } });
      return toCheckoutResult(data?.expressCheckout);
    },
    [mutate],
  );
  return { expressCheckout, loading };
}
