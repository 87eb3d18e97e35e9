import { DataSource, EntityManager } from 'typeorm';
import { RequestContext } from '../auth/request-context';
import { TransactionalContext } from './data-access';

// deprecated: inject DataAccess and use data.manager(ctx) / data.transaction(ctx, fn) / data.mutate(...).
// Kept only while the employee, CSV-import, invitation and product-number services still call these.
export type { TransactionalContext };

// The manager a service must use: the request's transaction when one runs, the pool otherwise.
export function managerFor(context: RequestContext, dataSource: DataSource): EntityManager {
  return context.manager ?? dataSource.manager;
}

// Runs work in one transaction carried on the context; nested calls join the outer transaction.
export async function withTransaction<T>(
  context: RequestContext,
  dataSource: DataSource,
  work: (transactional: TransactionalContext) => Promise<T>,
): Promise<T> {
  if (context.manager?.queryRunner?.isTransactionActive) return work(context as TransactionalContext);
  return dataSource.transaction((manager) => work(context.withManager(manager) as TransactionalContext));
}
