import { UserError } from './user-error.type';

// Thrown inside a transaction when the user has something to fix: the transaction rolls back (nothing
// half-written stays), and the caller answers with the userErrors instead of a GraphQL error.
export class RollbackWithUserErrors extends Error {
  constructor(readonly userErrors: UserError[]) {
    super('Rolled back: the input has problems the user can fix.');
  }
}

// deprecated: DataAccess.mutate(ctx, fn, failed) does this and the transaction in one call.
export async function orUserErrors<T>(
  work: () => Promise<T>,
  onUserErrors: (userErrors: UserError[]) => T | Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RollbackWithUserErrors) return onUserErrors(error.userErrors);
    throw error;
  }
}
