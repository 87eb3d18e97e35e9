import { useQuery } from '@apollo/client/react';
import { AccountProfileDocument } from '@branchline/graphql-types';

export function useAccountProfile() {
  const { data, error, loading, refetch } = useQuery(AccountProfileDocument);
  return { profile: data?.me ?? null, error, loading, refetch };
}
