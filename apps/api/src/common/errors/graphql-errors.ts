import { GraphQLError } from 'graphql';

// Problems a user cannot fix in a form: they become GraphQL errors with a stable extensions.code.
// What a user can fix travels as `userErrors` in the mutation payload instead (see user-error.type.ts).
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string) {
    super(message, { extensions: { code } });
  }
}

export const unauthenticated = (message = 'Sign in to continue.') => new AppError('UNAUTHENTICATED', message);

export const forbidden = (message = 'You are not allowed to do this.') => new AppError('FORBIDDEN', message);

// Used both for missing ids and for ids outside the caller's tenant, so existence never leaks.
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found.`);

export const badUserInput = (message: string) => new AppError('BAD_USER_INPUT', message);
