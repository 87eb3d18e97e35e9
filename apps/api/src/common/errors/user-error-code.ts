import { registerEnumType } from '@nestjs/graphql';

// A module's user-error codes: code → description, the description goes into the schema.
export type UserErrorCodeList = Readonly<Record<string, string>>;

// Naming rule: a code says WHAT is wrong, `field` says WHERE. So one REQUIRED, TOO_LONG or TAKEN for
// every input; a code of its own only for a rule with its own sentence (ROLE_REQUIRED, LAST_ADMIN).
export const GENERIC_USER_ERRORS = {
  REQUIRED: 'The field needs a value.',
  TOO_LONG: 'The value is longer than the field allows (see the limits in @branchline/graphql-types).',
  TAKEN: 'Another entry of the company already uses this value.',
  EMPTY: 'The file or list holds no rows.',
  TOO_MANY_ROWS: 'The file or list holds more rows than one request may send.',
  TOO_LARGE: 'The file or text is larger than allowed.',
  CSV_INVALID: 'A line of the file is not valid CSV (e.g. a quote that never closes); the message names the line.',
} as const satisfies UserErrorCodeList;

// Every known code. Modules add theirs by declaration merging in src/user-error-codes.ts, so common/
// never imports a module while userError() still refuses a code nobody declared.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface UserErrorCodes extends Record<keyof typeof GENERIC_USER_ERRORS, string> {}

export type UserErrorCode = Extract<keyof UserErrorCodes, string>;

// The GraphQL enum behind UserError.code. Empty until registerUserErrorCodes runs, which is before
// any schema is built: @nestjs/graphql reads an enum's values only when it builds the schema.
export const UserErrorCodeEnum: Record<string, string> = {};

export function registerUserErrorCodes(lists: Record<string, UserErrorCodeList>): void {
  const valuesMap: Record<string, { description: string }> = {};
  const owner: Record<string, string> = {};
  for (const [listName, list] of Object.entries(lists)) {
    for (const [code, description] of Object.entries(list)) {
      // One home per code: a module reusing another's code imports its type instead of redefining it.
      if (owner[code]) throw new Error(`User-error code ${code} is defined by both ${owner[code]} and ${listName}.`);
      owner[code] = listName;
      valuesMap[code] = { description };
    }
  }
  if (Object.keys(UserErrorCodeEnum).length)
    throw new Error('The user-error codes are registered once, in src/user-error-codes.ts.');
  for (const code of Object.keys(valuesMap)) UserErrorCodeEnum[code] = code;
  registerEnumType(UserErrorCodeEnum, {
    name: 'UserErrorCode',
    description: 'What the user has to fix. The SPA shows its own text per code; the message is the English fallback.',
    valuesMap,
  });
}
