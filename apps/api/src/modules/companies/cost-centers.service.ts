import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { RequestContext } from '../../common/auth/request-context';
import { SortDirection } from '../../common/connection/connection.args';
import { ConnectionResult } from '../../common/connection/connection.type';
import { keysetPaginate } from '../../common/connection/keyset-paginate';
import { managerFor } from '../../common/database/transaction';
import { notFound } from '../../common/errors/graphql-errors';
import { isUuid } from '../../common/ids';
import { toCostCenterNode } from './company.mapper';
import { activeCompanyId } from './company-scope';
import { CostCenter } from './cost-center.entity';
import { CostCenterNode, CostCentersArgs } from './cost-center.types';

@Injectable()
export class CostCentersService {
  constructor(private readonly dataSource: DataSource) {}

  async list(context: RequestContext, args: CostCentersArgs): Promise<ConnectionResult<CostCenterNode>> {
    const query = this.companyCostCenters(context);
    if (args.filter?.active != null) query.andWhere('c.active = :active', { active: args.filter.active });
    const page = await keysetPaginate(query, args, { expression: '"c"."code"', direction: SortDirection.ASC });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toCostCenterNode(edge.node) })) };
  }

  // NOT_FOUND for another company's cost center exactly as for a missing one.
  async find(context: RequestContext, id: string): Promise<CostCenter> {
    const costCenter = isUuid(id) ? await this.companyCostCenters(context).andWhere('c.id = :id', { id }).getOne() : null;
    if (!costCenter) throw notFound('Cost center');
    return costCenter;
  }

  companyCostCenters(context: RequestContext): SelectQueryBuilder<CostCenter> {
    return managerFor(context, this.dataSource)
      .createQueryBuilder(CostCenter, 'c')
      .where('c.company_id = :companyId', { companyId: activeCompanyId(context) });
  }
}
