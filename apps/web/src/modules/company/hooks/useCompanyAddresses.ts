import { useQuery } from '@apollo/client/react';
import { CompanyAddressesDocument } from '@branchline/graphql-types';

// An address book holds a few dozen entries at most: one page of 100 shows them all.
const ADDRESSES_PAGE_SIZE = 100;

export function useCompanyAddresses() {
  const { data, error, loading, refetch } = useQuery(CompanyAddressesDocument, {
    variables: { first: ADDRESSES_PAGE_SIZE },
  });
  return {
    addresses: data?.addresses.edges.map((edge) => edge.node) ?? [],
    totalCount: data?.addresses.totalCount ?? 0,
    loading: loading && !data,
    error,
    refetch,
  };
}
