import type { OrderOrderBy, OrderStatus } from '@branchline/graphql-types';
import { useCallback, useMemo } from 'react';

import { toSortParam } from '../../../lib/sort-param';
import { useUrlParams } from '../../../lib/use-url-params';
import type { DayRange, OrderFilterValues } from '../model/order-filters';
import { DEFAULT_ORDER_BY, parseAmount, parseDate, parseOrderBy } from '../model/order-filters';
import { ORDER_STATUSES } from '../model/order-statuses';

const FILTER_KEYS = ['status', 'from', 'to', 'q', 'min', 'max', 'product', 'cc'];

// The order list's filters and sort, kept in the URL (see useUrlParams).
export function useOrderBrowserState() {
  const { params, patch } = useUrlParams();

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

  const setSearch = useCallback((search: string) => patch({ q: search.trim() || null }), [patch]);
  const setProductSearch = useCallback((search: string) => patch({ product: search.trim() || null }), [patch]);
  const setAmountRange = useCallback(
    ([min, max]: [string, string]) => patch({ min: parseAmount(min) || null, max: parseAmount(max) || null }),
    [patch],
  );
  const setCostCenter = useCallback((costCenterId: string | null) => patch({ cc: costCenterId }), [patch]);
  const setStatuses = useCallback((statuses: OrderStatus[]) => patch({ status: statuses.join(',') || null }), [patch]);
  const setPlacedRange = useCallback(([from, to]: DayRange) => patch({ from, to }), [patch]);
  const setOrderBy = useCallback((next: OrderOrderBy) => patch({ sort: toSortParam(next, DEFAULT_ORDER_BY) }), [patch]);
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
