import type { ErrorLike } from '@apollo/client';
import { NetworkStatus } from '@apollo/client';

type ConnectionLike<TNode> = {
  edges: ReadonlyArray<{ node: TNode }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
};

export interface PagedQuery<TData> {
  data?: TData;
  previousData?: TData;
  dataState: string;
  error?: ErrorLike;
  networkStatus: NetworkStatus;
  fetchMore: (options: { variables: { after: string } }) => Promise<unknown>;
  refetch: () => Promise<unknown>;
}

// "Load more" for every cursor list: pages append through the cache's relay policy, and the last result stays
// on screen while new filters load, so tables do not flicker.
export function usePagedConnection<TData, TNode>(
  query: PagedQuery<TData>,
  select: (data: TData) => ConnectionLike<TNode> | null | undefined,
) {
  const source = query.dataState === 'complete' ? query.data : query.previousData;
  const connection = source ? select(source) : undefined;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const { fetchMore, networkStatus, error } = query;

  // Only ever wired to a button, so it needs no stable identity.
  const loadMore = async () => {
    if (!endCursor) return;
    await fetchMore({ variables: { after: endCursor } });
  };

  return {
    nodes: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading: networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    initialLoading: !connection && !error,
    error,
    loadMore,
    refetch: query.refetch,
  };
}
