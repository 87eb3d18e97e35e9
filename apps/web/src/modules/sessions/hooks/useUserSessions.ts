import { useQuery } from '@apollo/client/react';
import { UserSessionsDocument } from '@branchline/graphql-types';

// A person rarely has more than a handful of live sessions; one page of 100 shows them all.
const SESSIONS_PAGE_SIZE = 100;

export function useUserSessions() {
  const { data, error, loading, refetch } = useQuery(UserSessionsDocument, {
    variables: { first: SESSIONS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  return {
    // This device first, then the API's order (newest first).
    sessions: [...(data?.sessions.edges.map((edge) => edge.node) ?? [])].sort(
      (a, b) => Number(b.isCurrent) - Number(a.isCurrent),
    ),
    totalCount: data?.sessions.totalCount ?? 0,
    error,
    loading: loading && !data,
    refetch,
  };
}
