import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { RequestContext } from '../auth/request-context';
import { notFound } from '../errors/graphql-errors';
import { RollbackWithUserErrors } from '../errors/rollback-with-user-errors';
import { UserError } from '../errors/user-error.type';
import { isUuid } from '../ids';
import { isUniqueViolation } from './unique-violation';

export type TransactionalContext = RequestContext & { readonly manager: EntityManager };

export type MutationOptions = {
  // A unique index refused a row (e.g. a name already taken): answer these userErrors instead of failing.
  onUniqueViolation?: (constraint: string | undefined) => UserError[];
};

// The one way services reach the database: the request's transaction when one runs (carried on the
// context), tenant-scoped look-ups that answer NOT_FOUND outside the scope, and mutations whose
// fixable problems roll back and come back as userErrors.
@Injectable()
export class DataAccess {
  constructor(private readonly dataSource: DataSource) {}

  // The manager a service must use: the request's transaction when one runs, the pool otherwise.
  manager(context: RequestContext): EntityManager {
    return context.manager ?? this.dataSource.manager;
  }

  // Runs work in one transaction carried on the context; nested calls join the outer transaction.
  async transaction<T>(context: RequestContext, work: (tx: TransactionalContext) => Promise<T>): Promise<T> {
    if (context.manager?.queryRunner?.isTransactionActive) return work(context as TransactionalContext);
    return this.dataSource.transaction((manager) => work(context.withManager(manager) as TransactionalContext));
  }

  // A mutation in one transaction: throwing RollbackWithUserErrors (or a mapped unique violation) rolls
  // everything back, and `failed` turns the problems into the payload the client receives.
  async mutate<T>(
    context: RequestContext,
    work: (tx: TransactionalContext) => Promise<T>,
    failed: (userErrors: UserError[]) => T,
    options: MutationOptions = {},
  ): Promise<T> {
    try {
      return await this.transaction(context, work);
    } catch (error) {
      if (error instanceof RollbackWithUserErrors) return failed(error.userErrors);
      if (options.onUniqueViolation && isUniqueViolation(error)) {
        const constraint = (error.driverError as { constraint?: string }).constraint;
        return failed(options.onUniqueViolation(constraint));
      }
      throw error;
    }
  }
}

// Looks an id up inside a query already narrowed to the caller's scope (company, rep assignment, own
// rows). A malformed id, a missing row and another tenant's row all answer the same NOT_FOUND, so
// existence never leaks. `what` names the thing for the message ("Address not found.").
export async function findInScope<E extends ObjectLiteral>(
  scope: SelectQueryBuilder<E>,
  id: string,
  what: string,
): Promise<E> {
  if (!isUuid(id)) throw notFound(what);
  const row = await scope
    .clone()
    .andWhere(`${scope.escape(scope.alias)}."id" = :scopedId`, { scopedId: id })
    .getOne();
  if (!row) throw notFound(what);
  return row;
}

// The same rule for look-ups that are not a query builder (raw SQL, a DataLoader): the lookup runs only
// for a well-formed id, and nothing found is NOT_FOUND.
export async function findByIdInScope<E>(
  id: string,
  what: string,
  lookup: (id: string) => Promise<E | null | undefined>,
): Promise<E> {
  const row = isUuid(id) ? await lookup(id) : null;
  if (!row) throw notFound(what);
  return row;
}
