import type { UserErrorCode, UserErrorFieldsFragment } from '@branchline/graphql-types';

// Codes of the SPA's own failures (no answer, no payload, a confirmation that differs); the API never
// sends them. Everything else uses the API's UserErrorCode, also for checks the form runs first.
export type ClientErrorCode = 'NETWORK' | 'FAILED' | 'MISMATCH';

// The one type of a user error in the SPA: what the UserErrorFields fragment returns, or a form's own check.
export type UserErrorItem = Omit<UserErrorFieldsFragment, '__typename' | 'code' | 'field'> & {
  code: UserErrorCode | ClientErrorCode;
  // Path to the input, e.g. ["input", "email"]; forms show each error next to its field.
  field?: readonly string[] | null;
};

export function fieldErrorFor(errors: readonly UserErrorItem[], field: string): string | undefined {
  const messages = errors
    .filter((error) => error.field?.[error.field.length - 1] === field)
    .map((error) => error.message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}

// Whatever no field of the form shows, so nothing the API said gets lost.
export function unplacedErrors<T extends UserErrorItem>(errors: readonly T[], shownFields: readonly string[]): T[] {
  return errors.filter((error) => {
    const field = error.field?.[error.field.length - 1];
    return !field || !shownFields.includes(field);
  });
}
