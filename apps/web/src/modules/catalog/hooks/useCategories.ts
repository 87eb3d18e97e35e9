import { useQuery } from '@apollo/client/react';
import { CatalogCategoriesDocument } from '@branchline/graphql-types';

// One level of the tree; children load when their parent is opened.
export function useCategories(parentId: string | null, { skip = false }: { skip?: boolean } = {}) {
  const { data, loading, error } = useQuery(CatalogCategoriesDocument, { variables: { parentId }, skip });
  return { categories: data?.categories ?? [], loading, error };
}
