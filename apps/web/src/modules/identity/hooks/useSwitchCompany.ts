import { useApolloClient, useMutation } from '@apollo/client/react';
import { SwitchCompanyDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import { storeTokensFromPayload } from '../../../lib/auth-tokens';

export function useSwitchCompany() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SwitchCompanyDocument);

  const switchCompany = useCallback(
    async (companyId: string): Promise<boolean> => {
      const { data } = await mutate({ variables: { input: { companyId } } });
      const payload = data?.switchCompany;
      if (!payload || payload.userErrors.length > 0 || !storeTokensFromPayload(payload)) return false;
      // Everything cached belongs to the previous company: refetch all active queries with the new token.
      // A refetch aborted because its page unmounted meanwhile is no reason to report the switch as failed.
      await client.resetStore().catch(() => undefined);
      return true;
    },
    [client, mutate],
  );

  return { switchCompany, loading };
}
