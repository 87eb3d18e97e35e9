import type { OrderFilter, OrderOrderBy, OrderSortField, OrderStatus } from '@branchline/graphql-types';

import { parseSortParam } from '../../../lib/sort-param';

// Calendar days as 'YYYY-MM-DD', the format Mantine's date inputs produce.
export type DayRange = [string | null, string | null];

export interface OrderFilterValues {
  statuses: OrderStatus[];
  placedRange: DayRange;
  search: string;
  productSearch: string;
  // Decimal strings as typed ("" when not set); the API compares exactly.
  grossTotalMin: string;
  grossTotalMax: string;
  costCenterId: string | null;
}

export const DEFAULT_ORDER_BY: OrderOrderBy = { field: 'PLACED_AT', direction: 'DESC' };
const SORT_FIELDS: OrderSortField[] = ['PLACED_AT', 'NUMBER', 'GROSS_TOTAL'];
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
// Amounts as the API takes them: a plain decimal with a dot, at most two places.
const AMOUNT_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

export function parseAmount(value: string | null): string {
  return value && AMOUNT_PATTERN.test(value) ? value : '';
}

export function parseDate(value: string | null): string | null {
  return value && DATE_PATTERN.test(value) ? value : null;
}

export function parseOrderBy(value: string | null): OrderOrderBy {
  return parseSortParam(value, SORT_FIELDS, DEFAULT_ORDER_BY);
}

// A calendar day in the user's time zone, as the instants the API filters on.
function startOfDay(day: string): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(y, m - 1, d).toISOString();
}

// placedTo is exclusive, so the range ends at the start of the following day.
function startOfNextDay(day: string): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
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
