import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';

import { RequestContext } from '../../common/auth/request-context';
import { DataAccess } from '../../common/database/data-access';
import { requestLoader } from '../../common/dataloaders/request-loader';
import { manyByKey, oneByKey } from '../../common/dataloaders/rows-by-key';
import { CostCenter } from './cost-center.entity';
import { Role } from './role.entity';

export type RoleHolderRecord = { employeeId: string; fullName: string; email: string; active: boolean };

// The active company's cost centers and roles by id. Each statement is narrowed to the company, so an id
// of another company answers null, whoever passes it.
@Injectable()
export class CompanyLoaders {
  constructor(private readonly data: DataAccess) {}

  costCenterById(context: RequestContext): DataLoader<string, CostCenter | null> {
    return requestLoader(context, 'costCenterById', async (ids: readonly string[]) => {
      const costCenters = await this.data.manager(context).find(CostCenter, {
        where: { id: In([...ids]), companyId: context.requireCompany().companyId },
      });
      return oneByKey(ids, costCenters, (costCenter) => costCenter.id);
    });
  }

  roleById(context: RequestContext): DataLoader<string, Role | null> {
    return requestLoader(context, 'roleById', async (ids: readonly string[]) => {
      const roles = await this.data.manager(context).find(Role, {
        where: { id: In([...ids]), companyId: context.requireCompany().companyId },
      });
      return oneByKey(ids, roles, (role) => role.id);
    });
  }

  // Employees (past and present) of the active company holding each role, by name.
  roleHoldersByRoleId(context: RequestContext): DataLoader<string, RoleHolderRecord[]> {
    return requestLoader(context, 'roleHoldersByRoleId', async (roleIds: readonly string[]) => {
      const rows: Array<RoleHolderRecord & { role_id: string }> = await this.data.manager(context).query(
        `SELECT m.role_id, m.id AS "employeeId", u.first_name || ' ' || u.last_name AS "fullName", u.email, m.active
         FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.company_id = $1 AND m.role_id = ANY($2::uuid[])
         ORDER BY lower(u.last_name), lower(u.first_name), m.id`,
        [context.requireCompany().companyId, roleIds],
      );
      return manyByKey(roleIds, rows, (row) => row.role_id).map((holders) =>
        holders.map(({ employeeId, fullName, email, active }) => ({ employeeId, fullName, email, active })),
      );
    });
  }
}
