import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { isUuid } from '../ids';

// A list filter on an id (`condition` uses the parameter `:id`). A malformed id names nothing, so the page
// is empty, exactly as for an unknown or another company's id, and Postgres never sees the bad value.
export function andWhereId<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, id: string, condition: string): void {
  if (!isUuid(id)) query.andWhere('false');
  else query.andWhere(condition, { id });
}
