import type { ProductFilter, ProductOrderBy, ProductSortField } from '@branchline/graphql-types';

import { parseSortParam } from '../../../lib/sort-param';

export const DEFAULT_PRODUCT_ORDER_BY: ProductOrderBy = { field: 'NAME', direction: 'ASC' };
const SORT_FIELDS: ProductSortField[] = ['NAME', 'SKU', 'LIST_PRICE'];

export interface ProductBrowserFilters {
  search: string;
  categoryId: string | null;
  onlyAvailable: boolean;
}

export function parseProductOrderBy(value: string | null): ProductOrderBy {
  return parseSortParam(value, SORT_FIELDS, DEFAULT_PRODUCT_ORDER_BY);
}

export function toProductFilter(values: ProductBrowserFilters): ProductFilter | undefined {
  const filter: ProductFilter = {};
  const search = values.search.trim();
  if (search) filter.search = search;
  if (values.categoryId) filter.categoryId = values.categoryId;
  if (values.onlyAvailable) filter.onlyAvailable = true;
  return Object.keys(filter).length > 0 ? filter : undefined;
}
