import type { ProductOrderBy } from '@branchline/graphql-types';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type { ProductBrowserFilters } from '../model/product-browser-filters';
import { DEFAULT_PRODUCT_ORDER_BY, parseProductOrderBy } from '../model/product-browser-filters';

// Filters and sort live in the URL so "back" from a product restores the list as it was.
export function useProductBrowserState() {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<ProductBrowserFilters>(
    () => ({
      search: params.get('q') ?? '',
      categoryId: params.get('category'),
      onlyAvailable: params.get('available') === '1',
    }),
    [params],
  );
  const orderBy = useMemo(() => parseProductOrderBy(params.get('sort')), [params]);

  // Each setter touches only its own keys, so a debounced search cannot undo a newer category choice.
  const patch = useCallback(
    (entries: Record<string, string | null>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(entries)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const setSearch = useCallback((search: string) => patch({ q: search.trim() || null }), [patch]);
  const setCategoryId = useCallback((categoryId: string | null) => patch({ category: categoryId }), [patch]);
  const setOnlyAvailable = useCallback((only: boolean) => patch({ available: only ? '1' : null }), [patch]);
  const setOrderBy = useCallback(
    (next: ProductOrderBy) => {
      const isDefault =
        next.field === DEFAULT_PRODUCT_ORDER_BY.field && next.direction === DEFAULT_PRODUCT_ORDER_BY.direction;
      patch({ sort: isDefault ? null : `${next.field}.${next.direction}` });
    },
    [patch],
  );
  const reset = useCallback(() => patch({ q: null, category: null, available: null, sort: null }), [patch]);

  return { filters, orderBy, setSearch, setCategoryId, setOnlyAvailable, setOrderBy, reset };
}
