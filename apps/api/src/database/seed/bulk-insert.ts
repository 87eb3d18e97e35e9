import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

// Multi-row INSERTs keep seeding at a handful of statements; a chunk stays well under PostgreSQL's
// 65,535 bind parameters per statement.
const CHUNK_SIZE = 1000;

export async function bulkInsert<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: ReadonlyArray<QueryDeepPartialEntity<T>>,
  returning: string[] = [],
): Promise<Array<Record<string, string>>> {
  const returned: Array<Record<string, string>> = [];
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    const query = manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(start, start + CHUNK_SIZE))
      .updateEntity(false);
    if (returning.length > 0) query.returning(returning);
    const result = await query.execute();
    if (returning.length > 0) returned.push(...(result.raw as Array<Record<string, string>>));
  }
  return returned;
}

// Maps a natural key (email, SKU, order number) to the id PostgreSQL generated for the row.
export function idsBy(rows: ReadonlyArray<Record<string, string>>, key: string): Map<string, string> {
  return new Map(rows.map((row) => [row[key], row.id]));
}
