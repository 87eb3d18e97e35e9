import { useMutation } from '@apollo/client/react';
import { ChangePasswordDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';

export function useChangePassword() {
  const [mutate, { loading }] = useMutation(ChangePasswordDocument);
  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input: { currentPassword, newPassword } } });
      return data?.changePassword.userErrors ?? [];
    },
    [mutate],
  );
  return { changePassword, loading };
}
