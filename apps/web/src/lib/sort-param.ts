import type { SortDirection } from '@branchline/graphql-types';

export interface OrderByValue<TField extends string> {
  field: TField;
  direction: SortDirection;
}

// A list's sort in the URL as "FIELD.DIRECTION"; anything unknown falls back to the list's default.
export function parseSortParam<TField extends string>(
  value: string | null,
  fields: readonly TField[],
  fallback: OrderByValue<TField>,
): OrderByValue<TField> {
  const [field, direction] = (value ?? '').split('.');
  if (!fields.includes(field as TField) || (direction !== 'ASC' && direction !== 'DESC')) return fallback;
  return { field: field as TField, direction };
}

// The default sort is left out of the URL, so a plain list has a plain address.
export function toSortParam<TField extends string>(
  orderBy: OrderByValue<TField>,
  fallback: OrderByValue<TField>,
): string | null {
  const isDefault = orderBy.field === fallback.field && orderBy.direction === fallback.direction;
  return isDefault ? null : `${orderBy.field}.${orderBy.direction}`;
}
