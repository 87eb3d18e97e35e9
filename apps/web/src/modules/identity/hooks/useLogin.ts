import { useMutation } from '@apollo/client/react';
import type { ViewerFieldsFragment } from '@branchline/graphql-types';
import { LoginDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';
import { useStartSession } from './useStartSession';

export type LoginResult =
  | { ok: true; viewer: ViewerFieldsFragment; requiresCompanySelection: boolean }
  | { ok: false; userErrors: UserErrorItem[] };

export function useLogin() {
  const startSession = useStartSession();
  const [mutate, { loading }] = useMutation(LoginDocument);

  const login = useCallback(
    async (email: string, password: string): Promise<LoginResult> => {
      const { data } = await mutate({ variables: { input: { email, password } } });
      const payload = data?.login;
      if (!payload || payload.userErrors.length > 0 || !payload.viewer) {
        return { ok: false, userErrors: payload?.userErrors ?? [] };
      }
      if (!(await startSession(payload, payload.viewer))) return { ok: false, userErrors: [] };
      return { ok: true, viewer: payload.viewer, requiresCompanySelection: payload.requiresCompanySelection };
    },
    [mutate, startSession],
  );

  return { login, loading };
}
