import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { CatalogProductsDocument } from '@branchline/graphql-types';
import type { ProductFilter, ProductOrderBy } from '@branchline/graphql-types';
import { useCallback } from 'react';

export const PRODUCTS_PAGE_SIZE = 25;

export interface UseProductsOptions {
  filter?: ProductFilter;
  orderBy: ProductOrderBy;
}

export function useProducts({ filter, orderBy }: UseProductsOptions) {
  const { data, dataState, previousData, error, networkStatus, fetchMore, refetch } = useQuery(CatalogProductsDocument, {
    variables: { first: PRODUCTS_PAGE_SIZE, after: null, filter: filter ?? null, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  // Keep the last result on screen while a new filter loads, so the table does not flicker.
  const connection = (dataState === 'complete' ? data : previousData)?.products;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    await fetchMore({ variables: { after: endCursor } });
  }, [endCursor, fetchMore]);

  return {
    products: connection?.edges.map((edge) => edge.node) ?? [],
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
