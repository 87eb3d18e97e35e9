import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';

import { RequestContext } from '../../common/auth/request-context';
import { DataAccess } from '../../common/database/data-access';
import { requestLoader } from '../../common/dataloaders/request-loader';
import { oneByKey } from '../../common/dataloaders/rows-by-key';
import { Company } from '../companies/company.entity';
import { User } from './user.entity';

export type PersonRecord = { id: string; fullName: string; email: string };

// People and companies by id WITHOUT a scope of their own: a person or company has no single tenant to
// narrow to (a rep serves many companies, a user belongs to several). Hence "ScopedId": pass only ids read
// from rows already fetched inside the caller's scope (an order's placedBy, the viewer's own session).
@Injectable()
export class IdentityLoaders {
  constructor(private readonly data: DataAccess) {}

  personByScopedId(context: RequestContext): DataLoader<string, PersonRecord | null> {
    return requestLoader(context, 'personByScopedId', async (userIds: readonly string[]) => {
      const users = await this.data.manager(context).find(User, {
        select: { id: true, firstName: true, lastName: true, email: true },
        where: { id: In([...userIds]) },
      });
      return oneByKey(userIds, users, (user) => user.id).map((user) =>
        user ? { id: user.id, fullName: `${user.firstName} ${user.lastName}`, email: user.email } : null,
      );
    });
  }

  companyByScopedId(context: RequestContext): DataLoader<string, Company | null> {
    return requestLoader(context, 'companyByScopedId', async (ids: readonly string[]) => {
      const companies = await this.data.manager(context).find(Company, { where: { id: In([...ids]) } });
      return oneByKey(ids, companies, (company) => company.id);
    });
  }
}
