import { useMutation } from '@apollo/client/react';
import type { UpdatePortalSettingsInput } from '@branchline/graphql-types';
import { OperatorPortalSettingsDocument, UpdatePortalSettingsDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

export function useUpdatePortalSettings() {
  const [mutate, { loading }] = useMutation(UpdatePortalSettingsDocument, {
    refetchQueries: [OperatorPortalSettingsDocument],
  });
  const updatePortalSettings = useCallback(
    async (input: UpdatePortalSettingsInput) => {
      const { data } = await mutate({ variables: { input } });
      return data?.updatePortalSettings.userErrors ?? [];
    },
    [mutate],
  );
  return { updatePortalSettings, loading };
}
