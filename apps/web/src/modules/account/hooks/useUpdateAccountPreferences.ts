import { useMutation } from '@apollo/client/react';
import type { LoginTarget } from '@branchline/graphql-types';
import { UpdateAccountPreferencesDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';

export interface AccountPreferences {
  // null: choose the company at each sign-in.
  preferredCompanyId: string | null;
  // null: the company's or the operator's default.
  loginTarget: LoginTarget | null;
}

export function useUpdateAccountPreferences() {
  const [mutate, { loading }] = useMutation(UpdateAccountPreferencesDocument);
  const updatePreferences = useCallback(
    async (preferences: AccountPreferences): Promise<UserErrorItem[]> => {
      // Both fields are sent explicitly: omitting one would keep its old value, null resets it.
      const { data } = await mutate({ variables: { input: preferences } });
      return data?.updateAccountPreferences.userErrors ?? [];
    },
    [mutate],
  );
  return { updatePreferences, loading };
}
