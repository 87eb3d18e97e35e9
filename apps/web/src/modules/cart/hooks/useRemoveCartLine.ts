import { useMutation } from '@apollo/client/react';
import { RemoveCartLineDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

export function useRemoveCartLine() {
  const [mutate] = useMutation(RemoveCartLineDocument);
  const removeCartLine = useCallback(
    async (lineId: string) => {
      await mutate({ variables: { input: { lineId } } });
    },
    [mutate],
  );
  return { removeCartLine };
}
