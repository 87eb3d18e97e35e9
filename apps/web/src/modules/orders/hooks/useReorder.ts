import { useMutation } from '@apollo/client/react';
import type { ReorderMutation } from '@branchline/graphql-types';
import { ReorderDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

export type ReorderResult = Pick<ReorderMutation['reorder'], 'addedLineCount' | 'skippedLines' | 'userErrors'>;

export function useReorder() {
  // The payload carries the whole cart, so the header count updates from the cache.
  const [mutate, { loading }] = useMutation(ReorderDocument);
  const reorder = useCallback(
    async (orderId: string): Promise<ReorderResult | null> => {
      const { data } = await mutate({ variables: { input: { orderId } } });
      return data?.reorder ?? null;
    },
    [mutate],
  );
  return { reorder, loading };
}
