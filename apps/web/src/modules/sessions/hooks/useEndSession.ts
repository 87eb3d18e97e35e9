import { useMutation } from '@apollo/client/react';
import { EndSessionDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';

export function useEndSession() {
  const [mutate, { loading }] = useMutation(EndSessionDocument);
  const endSession = useCallback(
    async (sessionId: string): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input: { sessionId } } });
      return data?.endSession.userErrors ?? [];
    },
    [mutate],
  );
  return { endSession, loading };
}
