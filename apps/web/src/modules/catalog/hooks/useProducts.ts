import { useQuery } from '@apollo/client/react';
import type { ProductFilter, ProductOrderBy } from '@branchline/graphql-types';
import { CatalogProductsDocument } from '@branchline/graphql-types';

import { usePagedConnection } from '../../../lib/use-paged-connection';

export const PRODUCTS_PAGE_SIZE = 25;

export interface UseProductsOptions {
  filter?: ProductFilter;
  orderBy: ProductOrderBy;
}

export function useProducts({ filter, orderBy }: UseProductsOptions) {
  const query = useQuery(CatalogProductsDocument, {
    variables: { first: PRODUCTS_PAGE_SIZE, after: null, filter: filter ?? null, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const { nodes, ...page } = usePagedConnection(query, (data) => data.products);
  return { products: nodes, ...page };
}
