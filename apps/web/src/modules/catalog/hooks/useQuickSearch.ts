import { useQuery } from '@apollo/client/react';
import { CatalogQuickSearchDocument, LIMITS } from '@branchline/graphql-types';

export const QUICK_SEARCH_LIMIT = 8;

export function useQuickSearch(query: string) {
  const trimmed = query.trim();
  // Shorter terms find nothing in the API either.
  const searchable = trimmed.length >= LIMITS.searchTerm.minLength;
  const { data, previousData, loading } = useQuery(CatalogQuickSearchDocument, {
    variables: { query: trimmed, first: QUICK_SEARCH_LIMIT },
    skip: !searchable,
  });
  return {
    hits: !searchable ? [] : ((data ?? previousData)?.quickSearch ?? []),
    loading,
    searched: searchable && Boolean(data),
  };
}
