import { useMutation } from '@apollo/client/react';
import { EndSessionDocument } from '@branchline/graphql-types';
import type { UserError } from '@branchline/graphql-types';
import { useCallback } from 'react';

export function useEndSession() {
  const [mutate, { loading }] = useMutation(EndSessionDocument);
  const endSession = useCallback(
    async (sessionId: string): Promise<Pick<UserError, 'code' | 'message'>[]> => {
      const { data } = await mutate({ variables: { input: { sessionId } } });
      return data?.endSession.userErrors ?? [];
    },
    [mutate],
  );
  return { endSession, loading };
}
