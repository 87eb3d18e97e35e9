import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { RequestContext } from '../auth/request-context';
import { managerFor } from '../database/transaction';
import { groupBy } from '../group-by';
import { User } from '../../modules/identity/user.entity';
import { OrderLine } from '../../modules/orders/order-line.entity';

export type PersonRecord = { id: string; fullName: string; email: string };

// Every relation resolved per list item goes through one of these: one query per relation per request,
// whatever the page size. Loaders live on the RequestContext, so nothing is cached across users.
// Callers only pass ids of rows they already read inside the caller's scope.
@Injectable()
export class DataLoaders {
  constructor(private readonly dataSource: DataSource) {}

  orderLinesByOrderId(context: RequestContext): DataLoader<string, OrderLine[]> {
    return context.loader('orderLinesByOrderId', () =>
      new DataLoader(async (orderIds: readonly string[]) => {
        const lines = await managerFor(context, this.dataSource).find(OrderLine, {
          where: { orderId: In([...orderIds]) },
          order: { orderId: 'ASC', position: 'ASC' },
        });
        const byOrder = groupBy(lines, (line) => line.orderId);
        return orderIds.map((orderId) => byOrder.get(orderId) ?? []);
      }),
    );
  }

  personById(context: RequestContext): DataLoader<string, PersonRecord | null> {
    return context.loader('personById', () =>
      new DataLoader(async (userIds: readonly string[]) => {
        const users = await managerFor(context, this.dataSource).find(User, {
          select: { id: true, firstName: true, lastName: true, email: true },
          where: { id: In([...userIds]) },
        });
        const byId = new Map(users.map((user) => [user.id, user]));
        return userIds.map((id) => {
          const user = byId.get(id);
          return user ? { id: user.id, fullName: `${user.firstName} ${user.lastName}`, email: user.email } : null;
        });
      }),
    );
  }

  employeeCountByCompanyId(context: RequestContext): DataLoader<string, number> {
    return context.loader('employeeCountByCompanyId', () =>
      new DataLoader(async (companyIds: readonly string[]) => {
        const rows: Array<{ company_id: string; count: number }> = await managerFor(context, this.dataSource).query(
          `SELECT company_id, count(*)::int AS count FROM memberships
           WHERE company_id = ANY($1::uuid[]) AND active GROUP BY company_id`,
          [companyIds],
        );
        const counts = new Map(rows.map((row) => [row.company_id, row.count]));
        return companyIds.map((id) => counts.get(id) ?? 0);
      }),
    );
  }

  lastOrderAtByCompanyId(context: RequestContext): DataLoader<string, Date | null> {
    return context.loader('lastOrderAtByCompanyId', () =>
      new DataLoader(async (companyIds: readonly string[]) => {
        // One index probe per company on orders(company_id, placed_at DESC).
        const rows: Array<{ company_id: string; last_order_at: Date | null }> = await managerFor(
          context,
          this.dataSource,
        ).query(
          `SELECT c.id AS company_id,
                  (SELECT max(o.placed_at) FROM orders o WHERE o.company_id = c.id) AS last_order_at
           FROM unnest($1::uuid[]) AS c(id)`,
          [companyIds],
        );
        const lastOrderAt = new Map(rows.map((row) => [row.company_id, row.last_order_at]));
        return companyIds.map((id) => lastOrderAt.get(id) ?? null);
      }),
    );
  }
}
