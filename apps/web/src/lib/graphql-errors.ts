import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

export function hasErrorCode(error: ErrorLike | undefined, ...codes: string[]): boolean {
  if (!CombinedGraphQLErrors.is(error)) return false;
  return error.errors.some((e) => codes.includes(String(e.extensions?.code)));
}
