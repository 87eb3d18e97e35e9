import type { OrderOrderBy, OrderStatus } from '@branchline/graphql-types';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type { DayRange, OrderFilterValues } from '../model/order-filters';
import { DEFAULT_ORDER_BY, parseAmount, parseDate, parseOrderBy } from '../model/order-filters';
import { ORDER_STATUSES } from '../model/order-statuses';

const FILTER_KEYS = ['status', 'from', 'to', 'q', 'min', 'max', 'product', 'cc'];

// Filters and sort live in the URL so "back" from an order detail restores the list as it was.
export function useOrderBrowserState() {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<OrderFilterValues>(
    () => ({
      statuses: (params.get('status') ?? '')
        .split(',')
        .filter((status): status is OrderStatus => ORDER_STATUSES.includes(status as OrderStatus)),
      placedRange: [parseDate(params.get('from')), parseDate(params.get('to'))],
      search: params.get('q') ?? '',
      productSearch: params.get('product') ?? '',
      grossTotalMin: parseAmount(params.get('min')),
      grossTotalMax: parseAmount(params.get('max')),
      costCenterId: params.get('cc'),
    }),
    [params],
  );
  const orderBy = useMemo(() => parseOrderBy(params.get('sort')), [params]);

  // Each setter touches only its own keys, so a debounced search cannot undo a newer status change.
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
  const setProductSearch = useCallback((search: string) => patch({ product: search.trim() || null }), [patch]);
  const setAmountRange = useCallback(
    ([min, max]: [string, string]) => patch({ min: parseAmount(min) || null, max: parseAmount(max) || null }),
    [patch],
  );
  const setCostCenter = useCallback((costCenterId: string | null) => patch({ cc: costCenterId }), [patch]);
  const setStatuses = useCallback((statuses: OrderStatus[]) => patch({ status: statuses.join(',') || null }), [patch]);
  const setPlacedRange = useCallback(([from, to]: DayRange) => patch({ from, to }), [patch]);
  const setOrderBy = useCallback(
    (next: OrderOrderBy) => {
      const isDefault = next.field === DEFAULT_ORDER_BY.field && next.direction === DEFAULT_ORDER_BY.direction;
      patch({ sort: isDefault ? null : `${next.field}.${next.direction}` });
    },
    [patch],
  );
  const reset = useCallback(() => patch(Object.fromEntries(FILTER_KEYS.map((key) => [key, null]))), [patch]);

  return {
    filters,
    orderBy,
    setSearch,
    setProductSearch,
    setAmountRange,
    setCostCenter,
    setStatuses,
    setPlacedRange,
    setOrderBy,
    reset,
  };
}
