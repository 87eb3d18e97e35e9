import { useQuery } from '@apollo/client/react';
import { MeDocument } from '@branchline/graphql-types';

export function useMe() {
  const { data, previousData, loading, error, refetch } = useQuery(MeDocument);
  // While a company switch refetches the viewer, keep the previous one so the shell stays mounted.
  return { viewer: data?.me ?? previousData?.me ?? null, loading, error, refetch };
}
