import type { OrderFilter, OrderOrderBy, OrderSortField, OrderStatus, SortDirection } from '@branchline/graphql-types';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import type { DayRange, OrderFilterValues } from '../components/OrderFilters';
import { ORDER_STATUSES } from '../components/OrderStatusBadge';

const DEFAULT_ORDER_BY: OrderOrderBy = { field: 'PLACED_AT', direction: 'DESC' };
const SORT_FIELDS: OrderSortField[] = ['PLACED_AT', 'NUMBER', 'GROSS_TOTAL'];
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const FILTER_KEYS = ['status', 'from', 'to', 'q', 'min', 'max', 'product', 'cc'];
// Amounts as the API takes them: a plain decimal with a dot, at most two places.
const AMOUNT_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

function parseAmount(value: string | null): string {
  return value && AMOUNT_PATTERN.test(value) ? value : '';
}

function parseDate(value: string | null): string | null {
  return value && DATE_PATTERN.test(value) ? value : null;
}

function parseOrderBy(value: string | null): OrderOrderBy {
  const [field, direction] = (value ?? '').split('.');
  if (!SORT_FIELDS.includes(field as OrderSortField) || (direction !== 'ASC' && direction !== 'DESC')) return DEFAULT_ORDER_BY;
  return { field: field as OrderSortField, direction: direction as SortDirection };
}

// A calendar day in the user's time zone, as the instants the API filters on.
function startOfDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d).toISOString();
}

// placedTo is exclusive, so the range ends at the start of the following day.
function startOfNextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + 1).toISOString();
}

export function toOrderFilter(values: OrderFilterValues): OrderFilter | undefined {
  const [from, to] = values.placedRange;
  const filter: OrderFilter = {};
  if (values.statuses.length > 0) filter.statuses = values.statuses;
  if (from) filter.placedFrom = startOfDay(from);
  if (to) filter.placedTo = startOfNextDay(to);
  const search = values.search.trim();
  if (search) filter.search = search;
  const productSearch = values.productSearch.trim();
  if (productSearch) filter.productSearch = productSearch;
  if (AMOUNT_PATTERN.test(values.grossTotalMin)) filter.grossTotalMin = values.grossTotalMin;
  if (AMOUNT_PATTERN.test(values.grossTotalMax)) filter.grossTotalMax = values.grossTotalMax;
  if (values.costCenterId) filter.costCenterId = values.costCenterId;
  return Object.keys(filter).length > 0 ? filter : undefined;
}

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
