import { useMutation } from '@apollo/client/react';
import type { UpdateCheckoutDefaultsInput } from '@branchline/graphql-types';
import { CompanyCheckoutDefaultsDocument, UpdateCheckoutDefaultsDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

import type { UserErrorItem } from '../../../lib/user-errors';

export function useUpdateCheckoutDefaults() {
  // The defaults have no id of their own, so the cached query is refetched rather than normalised.
  const [mutate, { loading }] = useMutation(UpdateCheckoutDefaultsDocument, {
    refetchQueries: [CompanyCheckoutDefaultsDocument],
    awaitRefetchQueries: true,
  });
  const updateCheckoutDefaults = useCallback(
    async (input: UpdateCheckoutDefaultsInput): Promise<UserErrorItem[]> => {
      const { data } = await mutate({ variables: { input } });
      return data?.updateCheckoutDefaults.userErrors ?? [];
    },
    [mutate],
  );
  return { updateCheckoutDefaults, loading };
}
