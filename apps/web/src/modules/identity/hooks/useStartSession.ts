import { useApolloClient } from '@apollo/client/react';
import type { ViewerFieldsFragment } from '@branchline/graphql-types';
import { MeDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import { storeTokensFromPayload } from '../../../lib/auth-tokens';

export interface SignInPayload {
  accessToken?: string | null;
  refreshToken?: string | null;
  accessTokenExpiresAt?: string | null;
}

// Shared by password login, login links and accepted invitations: one way into a session.
export function useStartSession() {
  const client = useApolloClient();
  return useCallback(
    async (payload: SignInPayload, viewer: ViewerFieldsFragment): Promise<boolean> => {
      // Drop anything a previous user left in the cache before the new session reads it.
      await client.clearStore();
      if (!storeTokensFromPayload(payload)) return false;
      // The payload already carries the viewer: seed the Me query so the shell renders without a round trip.
      client.writeQuery({ query: MeDocument, data: { __typename: 'Query', me: viewer } });
      return true;
    },
    [client],
  );
}
