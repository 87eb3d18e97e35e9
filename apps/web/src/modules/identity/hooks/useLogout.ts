import { useApolloClient, useMutation } from '@apollo/client/react';
import { LogoutDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import { clearSessionTokens } from '../../../lib/auth-tokens';

export function useLogout() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(LogoutDocument);

  const logout = useCallback(async () => {
    try {
      await mutate();
    } catch {
      // The server session may already be gone; signing out locally is what matters.
    }
    clearSessionTokens();
    await client.clearStore();
  }, [client, mutate]);

  return { logout, loading };
}
