import { useQuery } from '@apollo/client/react';
import { CheckoutOptionsDocument } from '@branchline/graphql-types';

export function useCheckoutOptions() {
  // Defaults and address book may have changed since the last visit.
  const { data, loading, error, refetch } = useQuery(CheckoutOptionsDocument, { fetchPolicy: 'cache-and-network' });
  return { options: data ?? null, loading: loading && !data, error, refetch };
}
