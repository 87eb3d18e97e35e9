import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';

import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { SortDirection } from '../../common/connection/connection.args';
import { ConnectionResult } from '../../common/connection/connection.type';
import { keysetPaginate } from '../../common/connection/keyset-paginate';
import { DataAccess } from '../../common/database/data-access';
import { andWhereSearch } from '../../common/database/where-search';
import { Company, CompanyKind } from '../companies/company.entity';
import { SalesCustomerNode, SalesCustomersArgs } from './sales-customer.types';

@Injectable()
export class SalesCustomersService {
  constructor(private readonly data: DataAccess) {}

  async list(context: RequestContext, args: SalesCustomersArgs): Promise<ConnectionResult<SalesCustomerNode>> {
    const query = this.servedCustomers(context);
    if (args.filter?.kind) query.andWhere('c.kind = :kind', { kind: args.filter.kind });
    andWhereSearch(query, args.filter?.search, ['c.name ILIKE :pattern', 'c.customer_number ILIKE :pattern']);
    const page = await keysetPaginate(query, args, { expression: 'lower("c"."name")', direction: SortDirection.ASC });
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toSalesCustomerNode(edge.node) })),
    };
  }

  // Supervisors serve every customer; other reps only those assigned to them.
  servedCustomers(context: RequestContext): SelectQueryBuilder<Company> {
    const query = this.data.manager(context).createQueryBuilder(Company, 'c');
    if (!context.can(Permission.SEE_ALL_CUSTOMERS)) {
      query.innerJoin('rep_assignments', 'assignment', 'assignment.company_id = c.id AND assignment.rep_id = :repId', {
        repId: context.requireActor.userId,
      });
    }
    return query;
  }
}

function toSalesCustomerNode(company: Company): SalesCustomerNode {
  return {
    id: company.id,
    customerNumber: company.customerNumber,
    name: company.name,
    kind: company.kind,
    city: company.city,
    countryCode: company.countryCode,
    canImpersonate: company.kind === CompanyKind.B2B,
  };
}
