import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { RequestContext } from '../../common/auth/request-context';
import { SortDirection } from '../../common/connection/connection.args';
import { ConnectionResult } from '../../common/connection/connection.type';
import { keysetPaginate } from '../../common/connection/keyset-paginate';
import { managerFor } from '../../common/database/transaction';
import { notFound } from '../../common/errors/graphql-errors';
import { isUuid } from '../../common/ids';
import { CompanyAddress } from './company-address.entity';
import { AddressesArgs, AddressNode, AddressUsage } from './company-address.types';
import { toAddressNode } from './company.mapper';
import { activeCompanyId } from './company-scope';

@Injectable()
export class AddressesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(context: RequestContext, args: AddressesArgs): Promise<ConnectionResult<AddressNode>> {
    const query = this.companyAddresses(context);
    if (args.filter?.usage === AddressUsage.BILLING) query.andWhere('a.is_billing');
    if (args.filter?.usage === AddressUsage.SHIPPING) query.andWhere('a.is_shipping');
    const page = await keysetPaginate(query, args, { expression: '"a"."created_at"', direction: SortDirection.ASC });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toAddressNode(edge.node) })) };
  }

  // NOT_FOUND for another company's address exactly as for a missing one.
  async find(context: RequestContext, id: string): Promise<CompanyAddress> {
    const address = isUuid(id) ? await this.companyAddresses(context).andWhere('a.id = :id', { id }).getOne() : null;
    if (!address) throw notFound('Address');
    return address;
  }

  async findDefault(context: RequestContext, usage: AddressUsage): Promise<CompanyAddress | null> {
    const column = usage === AddressUsage.BILLING ? 'a.is_default_billing' : 'a.is_default_shipping';
    return this.companyAddresses(context).andWhere(column).getOne();
  }

  companyAddresses(context: RequestContext): SelectQueryBuilder<CompanyAddress> {
    return managerFor(context, this.dataSource)
      .createQueryBuilder(CompanyAddress, 'a')
      .where('a.company_id = :companyId', { companyId: activeCompanyId(context) });
  }
}
