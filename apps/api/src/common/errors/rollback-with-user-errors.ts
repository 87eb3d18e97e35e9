import { UserError } from './user-error.type';

// Thrown inside a transaction when the user has something to fix: the transaction rolls back (nothing
// half-written stays), and DataAccess.mutate answers with the userErrors instead of a GraphQL error.
export class RollbackWithUserErrors extends Error {
  constructor(readonly userErrors: UserError[]) {
    super('Rolled back: the input has problems the user can fix.');
  }
}
