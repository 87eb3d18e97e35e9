import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { EmployeesDocument } from '@branchline/graphql-types';
import type { EmployeeFilter } from '@branchline/graphql-types';
import { useCallback } from 'react';

export const EMPLOYEES_PAGE_SIZE = 25;

export function useEmployees(filter: EmployeeFilter) {
  const { data, dataState, previousData, error, networkStatus, fetchMore, refetch } = useQuery(EmployeesDocument, {
    variables: { first: EMPLOYEES_PAGE_SIZE, after: null, filter, orderBy: { field: 'NAME', direction: 'ASC' } },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (dataState === 'complete' ? data : previousData)?.employees;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    await fetchMore({ variables: { after: endCursor } });
  }, [endCursor, fetchMore]);

  return {
    employees: connection?.edges.map((edge) => edge.node) ?? [],
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
