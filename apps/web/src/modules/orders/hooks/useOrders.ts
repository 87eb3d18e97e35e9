import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { OrdersDocument } from '@branchline/graphql-types';
import type { OrderFilter, OrderOrderBy } from '@branchline/graphql-types';
import { useCallback } from 'react';

export const ORDERS_PAGE_SIZE = 20;

export interface UseOrdersOptions {
  filter?: OrderFilter;
  orderBy: OrderOrderBy;
}

export function useOrders({ filter, orderBy }: UseOrdersOptions) {
  const { data, dataState, previousData, error, networkStatus, fetchMore, refetch } = useQuery(OrdersDocument, {
    variables: { first: ORDERS_PAGE_SIZE, after: null, filter: filter ?? null, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  // Keep the last result on screen while a new filter loads, so the table does not flicker.
  const connection = (dataState === 'complete' ? data : previousData)?.orders;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    await fetchMore({ variables: { after: endCursor } });
  }, [endCursor, fetchMore]);

  return {
    orders: connection?.edges.map((edge) => edge.node) ?? [],
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
