import { useApolloClient, useMutation } from '@apollo/client/react';
import { LoginDocument, MeDocument } from '@branchline/graphql-types';
import type { UserError, ViewerFieldsFragment } from '@branchline/graphql-types';
import { useCallback } from 'react';

import { storeTokensFromPayload } from '../../../lib/auth-tokens';

export type LoginResult =
  | { ok: true; viewer: ViewerFieldsFragment }
  | { ok: false; userErrors: Pick<UserError, 'code' | 'message'>[] };

export function useLogin() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(LoginDocument);

  const login = useCallback(
    async (email: string, password: string): Promise<LoginResult> => {
      const { data } = await mutate({ variables: { input: { email, password } } });
      const payload = data?.login;
      if (!payload || payload.userErrors.length > 0 || !payload.viewer) {
        return { ok: false, userErrors: payload?.userErrors ?? [] };
      }
      // Drop anything a previous user left in the cache before the new session reads it.
      await client.clearStore();
      if (!storeTokensFromPayload(payload)) return { ok: false, userErrors: [] };
      // The payload already carries the viewer: seed the Me query so the shell renders without a round trip.
      client.writeQuery({ query: MeDocument, data: { __typename: 'Query', me: payload.viewer } });
      return { ok: true, viewer: payload.viewer };
    },
    [client, mutate],
  );

  return { login, loading };
}
