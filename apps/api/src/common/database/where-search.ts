import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { escapeLike } from './escape-like';

// A list's free-text search: rows where any of `conditions` holds for the parameter `:pattern` (or the
// given name, for a second search on one query), the trimmed term as a literal substring, e.g.
// 'p.sku ILIKE :pattern'. A blank term filters nothing.
export function andWhereSearch<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  search: string | null | undefined,
  conditions: readonly string[],
  parameter = 'pattern',
): void {
  const term = search?.trim();
  if (!term) return;
  const pattern = `%${escapeLike(term)}%`;
  query.andWhere(
    new Brackets((where) => {
      for (const condition of conditions) where.orWhere(condition, { [parameter]: pattern });
    }),
  );
}
