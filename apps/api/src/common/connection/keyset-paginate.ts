import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { badUserInput } from '../errors/graphql-errors';
import { ConnectionArgs, MAX_PAGE_SIZE, SortDirection } from './connection.args';
import { ConnectionResult } from './connection.type';
import { decodeCursor, encodeCursor } from './cursor';

export type KeysetOrder = {
  // SQL expression of the sort key, e.g. `"order"."placed_at"`; ties are broken by the row id.
  expression: string;
  direction: SortDirection;
};

// Keyset (seek) pagination: `WHERE (key, id) < (:key, :id) ORDER BY key, id LIMIT first + 1`.
// Unlike OFFSET, page 1,000 costs the same as page 1 when an index matches (key, id).
export async function keysetPaginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  order: KeysetOrder,
): Promise<ConnectionResult<T>> {
  const first = validatePageSize(args.first);
  const idExpression = `${query.escape(query.alias)}."id"`;
  // Counting a large filtered set costs more than the page itself: it runs only when the client asks for
  // totalCount (GraphQL's default resolver calls a function-valued field).
  const countQuery = query.clone();
  const totalCount = () => countQuery.getCount();

  if (args.after) {
    const [sortValue, id] = decodeCursor(args.after);
    const comparison = order.direction === SortDirection.DESC ? '<' : '>';
    query.andWhere(`(${order.expression}, ${idExpression}) ${comparison} (:cursorSortValue, :cursorId)`, {
      cursorSortValue: sortValue,
      cursorId: id,
    });
  }

  const { entities, raw } = await query
    .addSelect(`(${order.expression})::text`, 'keyset_sort_value')
    .orderBy(order.expression, order.direction)
    .addOrderBy(idExpression, order.direction)
    .limit(first + 1)
    .getRawAndEntities<{ keyset_sort_value: string | null }>();

  const edges = entities.slice(0, first).map((node, index) => ({
    cursor: encodeCursor([raw[index].keyset_sort_value, node.id]),
    node,
  }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: entities.length > first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export function validatePageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  return first;
}
