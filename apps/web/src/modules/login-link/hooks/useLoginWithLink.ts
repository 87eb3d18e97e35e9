import { useMutation } from '@apollo/client/react';
import { LoginWithLinkDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import { useStartSession } from '../../identity/hooks/useStartSession';
import type { SignedIn } from '../../identity/utils/landing';

export function useLoginWithLink() {
  const startSession = useStartSession();
  const [mutate] = useMutation(LoginWithLinkDocument);
  // null: the link is unknown, replaced, switched off or the person is inactive (the API does not say which).
  const loginWithLink = useCallback(
    async (token: string): Promise<SignedIn | null> => {
      const { data } = await mutate({ variables: { input: { token } } });
      const payload = data?.loginWithLink;
      if (!payload?.viewer || payload.userErrors.length > 0) return null;
      if (!(await startSession(payload, payload.viewer))) return null;
      return { viewer: payload.viewer, requiresCompanySelection: payload.requiresCompanySelection };
    },
    [mutate, startSession],
  );
  return { loginWithLink };
}
