const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// A malformed id can name nothing: callers answer NOT_FOUND instead of letting Postgres raise.
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
