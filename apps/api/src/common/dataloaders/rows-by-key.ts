import { groupBy } from '../group-by';

// Rows come back from SQL in any order and without the keys nothing matched; a DataLoader needs one
// answer per key in the keys' order. These two put them back.

// The row for each key, null where none matched.
export function oneByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): Array<R | null> {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

// All rows of each key, in the order the query returned them; empty where none matched.
export function manyByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const byKey = groupBy(rows, keyOf);
  return keys.map((key) => byKey.get(key) ?? []);
}
