import { useMutation } from '@apollo/client/react';
import type { SubmitOrderInput } from '@branchline/graphql-types';
import { SubmitOrderDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { CheckoutResult } from '../model/placed-order';
import { AFTER_ORDER_REFETCH, forgetOrderLists, toCheckoutResult } from '../model/placed-order';

export function useSubmitOrder() {
  const [mutate, { loading }] = useMutation(SubmitOrderDocument, {
    refetchQueries: AFTER_ORDER_REFETCH,
    update: (cache, { data }) => {
      if (data?.submitOrder.order) forgetOrderLists(cache);
    },
  });
  const submitOrder = useCallback(
    async (input: SubmitOrderInput): Promise<CheckoutResult> => {
      const { data } = await mutate({ variables: { input } });
      return toCheckoutResult(data?.submitOrder);
    },
    [mutate],
  );
  return { submitOrder, loading };
}
