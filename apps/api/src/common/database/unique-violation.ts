import { QueryFailedError } from 'typeorm';

const UNIQUE_VIOLATION = '23505';

// True when the database refused a row because a unique index already holds its key. Pass the
// constraint (index) name when a table has several and only one of them means "taken".
export function isUniqueViolation(error: unknown, constraint?: string): error is QueryFailedError {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === UNIQUE_VIOLATION && (constraint === undefined || driverError.constraint === constraint);
}
