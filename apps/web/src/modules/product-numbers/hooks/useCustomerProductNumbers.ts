import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { CustomerProductNumbersDocument } from '@branchline/graphql-types';
import type { CustomerProductNumberFilter, CustomerProductNumberOrderBy } from '@branchline/graphql-types';
import { useCallback } from 'react';

export const PRODUCT_NUMBERS_PAGE_SIZE = 25;

export interface UseCustomerProductNumbersOptions {
  filter?: CustomerProductNumberFilter;
  orderBy: CustomerProductNumberOrderBy;
}

export function useCustomerProductNumbers({ filter, orderBy }: UseCustomerProductNumbersOptions) {
  const { data, dataState, previousData, error, networkStatus, fetchMore, refetch } = useQuery(
    CustomerProductNumbersDocument,
    {
      variables: { first: PRODUCT_NUMBERS_PAGE_SIZE, after: null, filter: filter ?? null, orderBy },
      notifyOnNetworkStatusChange: true,
    },
  );
  const connection = (dataState === 'complete' ? data : previousData)?.customerProductNumbers;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    await fetchMore({ variables: { after: endCursor } });
  }, [endCursor, fetchMore]);

  return {
    numbers: connection?.edges.map((edge) => edge.node) ?? [],
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
