import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { SalesCustomersDocument } from '@branchline/graphql-types';
import { useCallback } from 'react';

export const SALES_CUSTOMERS_PAGE_SIZE = 20;

export function useSalesCustomers(search: string) {
  const trimmed = search.trim();
  const { data, dataState, previousData, error, networkStatus, fetchMore, refetch } = useQuery(SalesCustomersDocument, {
    variables: { first: SALES_CUSTOMERS_PAGE_SIZE, after: null, filter: trimmed ? { search: trimmed } : null },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (dataState === 'complete' ? data : previousData)?.salesCustomers;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    await fetchMore({ variables: { after: endCursor } });
  }, [endCursor, fetchMore]);

  return {
    customers: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading: networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    initialLoading: !connection && !error,
    error,
    loadMore,
    refetch,
  };
}
