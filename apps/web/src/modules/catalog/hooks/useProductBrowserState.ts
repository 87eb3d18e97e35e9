import type { ProductOrderBy } from '@branchline/graphql-types';
import { useCallback, useMemo } from 'react';

import { toSortParam } from '../../../lib/sort-param';
import { useUrlParams } from '../../../lib/use-url-params';
import type { ProductBrowserFilters } from '../model/product-browser-filters';
import { DEFAULT_PRODUCT_ORDER_BY, parseProductOrderBy } from '../model/product-browser-filters';

// The catalog's filters and sort, kept in the URL (see useUrlParams).
export function useProductBrowserState() {
  const { params, patch } = useUrlParams();

  const filters = useMemo<ProductBrowserFilters>(
    () => ({
      search: params.get('q') ?? '',
      categoryId: params.get('category'),
      onlyAvailable: params.get('available') === '1',
    }),
    [params],
  );
  const orderBy = useMemo(() => parseProductOrderBy(params.get('sort')), [params]);

  const setSearch = useCallback((search: string) => patch({ q: search.trim() || null }), [patch]);
  const setCategoryId = useCallback((categoryId: string | null) => patch({ category: categoryId }), [patch]);
  const setOnlyAvailable = useCallback((only: boolean) => patch({ available: only ? '1' : null }), [patch]);
  const setOrderBy = useCallback(
    (next: ProductOrderBy) => patch({ sort: toSortParam(next, DEFAULT_PRODUCT_ORDER_BY) }),
    [patch],
  );
  const reset = useCallback(() => patch({ q: null, category: null, available: null, sort: null }), [patch]);

  return { filters, orderBy, setSearch, setCategoryId, setOnlyAvailable, setOrderBy, reset };
}
