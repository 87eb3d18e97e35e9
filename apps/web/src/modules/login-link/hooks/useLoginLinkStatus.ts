import { useQuery } from '@apollo/client/react';
import { LoginLinkStatusDocument } from '@branchline/graphql-types';

export function useLoginLinkStatus() {
  const { data, error, loading } = useQuery(LoginLinkStatusDocument);
  return { status: data?.me ?? null, loading: loading && !data, error };
}
