import { useQuery } from '@apollo/client/react';
import { CompanyCheckoutDefaultsDocument } from '@branchline/graphql-types';

export function useCompanyCheckoutDefaults() {
  const { data, error, loading, refetch } = useQuery(CompanyCheckoutDefaultsDocument);
  return { defaults: data?.checkoutDefaults ?? null, loading: loading && !data, error, refetch };
}
