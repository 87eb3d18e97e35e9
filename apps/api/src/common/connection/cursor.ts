import { badUserInput } from '../errors/graphql-errors';
import { isUuid } from '../ids';

type CursorParts = [sortValue: string | null, id: string];

// Cursors are opaque to clients: base64url of the sort key and id of the last row seen.
export function encodeCursor(parts: CursorParts): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(cursor: string): CursorParts {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parts) &&
      parts.length === 2 &&
      (typeof parts[0] === 'string' || parts[0] === null) &&
      typeof parts[1] === 'string' &&
      isUuid(parts[1])
    ) {
      return parts as CursorParts;
    }
  } catch {
    // fall through to the same answer as a well-formed but foreign cursor
  }
  throw badUserInput('The cursor in `after` is not valid. Use a pageInfo.endCursor from this list.');
}
