import { useMutation } from '@apollo/client/react';
import { AcceptInvitationDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { useStartSession } from '../../identity/hooks/useStartSession';
import type { SignedIn } from '../../identity/utils/landing';

export type AcceptInvitationResult = ({ ok: true } & SignedIn) | { ok: false; userErrors: UserErrorItem[] };

export function useAcceptInvitation() {
  const startSession = useStartSession();
  const [mutate, { loading }] = useMutation(AcceptInvitationDocument);
  const acceptInvitation = useCallback(
    async (token: string, password: string): Promise<AcceptInvitationResult> => {
      const { data } = await mutate({ variables: { input: { token, password } } });
      const payload = data?.acceptInvitation;
      if (!payload || payload.userErrors.length > 0 || !payload.viewer) {
        return { ok: false, userErrors: payload?.userErrors ?? [] };
      }
      if (!(await startSession(payload, payload.viewer))) return { ok: false, userErrors: [] };
      return { ok: true, viewer: payload.viewer, requiresCompanySelection: payload.requiresCompanySelection };
    },
    [mutate, startSession],
  );
  return { acceptInvitation, loading };
}
