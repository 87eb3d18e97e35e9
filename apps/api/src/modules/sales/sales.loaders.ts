import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';

import { RequestContext } from '../../common/auth/request-context';
import { DataAccess } from '../../common/database/data-access';
import { requestLoader } from '../../common/dataloaders/request-loader';
import { oneByKey } from '../../common/dataloaders/rows-by-key';

// Figures per customer for the rep's customer list. The customer ids come from
// SalesCustomersService.servedCustomers (the rep's scope), so the statements need no scope of their own.
@Injectable()
export class SalesLoaders {
  constructor(private readonly data: DataAccess) {}

  employeeCountByServedCompanyId(context: RequestContext): DataLoader<string, number> {
    return requestLoader(context, 'employeeCountByServedCompanyId', async (companyIds: readonly string[]) => {
      const rows: Array<{ company_id: string; count: number }> = await this.data.manager(context).query(
        `SELECT company_id, count(*)::int AS count FROM memberships
         WHERE company_id = ANY($1::uuid[]) AND active GROUP BY company_id`,
        [companyIds],
      );
      return oneByKey(companyIds, rows, (row) => row.company_id).map((row) => row?.count ?? 0);
    });
  }

  lastOrderAtByServedCompanyId(context: RequestContext): DataLoader<string, Date | null> {
    return requestLoader(context, 'lastOrderAtByServedCompanyId', async (companyIds: readonly string[]) => {
      // One index probe per company on orders(company_id, placed_at DESC).
      const rows: Array<{ company_id: string; last_order_at: Date | null }> = await this.data.manager(context).query(
        `SELECT c.id AS company_id,
                (SELECT max(o.placed_at) FROM orders o WHERE o.company_id = c.id) AS last_order_at
         FROM unnest($1::uuid[]) AS c(id)`,
        [companyIds],
      );
      return oneByKey(companyIds, rows, (row) => row.company_id).map((row) => row?.last_order_at ?? null);
    });
  }
}
