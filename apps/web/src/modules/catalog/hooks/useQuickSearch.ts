import { useQuery } from '@apollo/client/react';
import { CatalogQuickSearchDocument } from '@branchline/graphql-types';

export const QUICK_SEARCH_LIMIT = 8;

export function useQuickSearch(query: string) {
  const trimmed = query.trim();
  const { data, previousData, loading } = useQuery(CatalogQuickSearchDocument, {
    variables: { query: trimmed, first: QUICK_SEARCH_LIMIT },
    skip: trimmed.length < 2,
  });
  return {
    hits: trimmed.length < 2 ? [] : ((data ?? previousData)?.quickSearch ?? []),
    loading,
    searched: trimmed.length >= 2 && Boolean(data),
  };
}
