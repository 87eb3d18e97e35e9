import { useQuery } from '@apollo/client/react';
import { OperatorPortalSettingsDocument } from '@branchline/graphql-types';

export function usePortalSettings() {
  const { data, error, loading, refetch } = useQuery(OperatorPortalSettingsDocument);
  return { settings: data?.portalSettings ?? null, loading: loading && !data, error, refetch };
}
