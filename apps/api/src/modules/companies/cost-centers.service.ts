import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';

import { RequestContext } from '../../common/auth/request-context';
import { SortDirection } from '../../common/connection/connection.args';
import { ConnectionResult } from '../../common/connection/connection.type';
import { keysetPaginate } from '../../common/connection/keyset-paginate';
import { DataAccess, findInScope } from '../../common/database/data-access';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { UserError, userError } from '../../common/errors/user-error.type';
import { LIMITS } from '../../common/limits';
import { toCostCenterNode } from './company.mapper';
import { CostCenter } from './cost-center.entity';
import {
  CostCenterNode,
  CostCenterPayload,
  CostCentersArgs,
  CreateCostCenterInput,
  DeleteCostCenterInput,
  DeleteCostCenterPayload,
  UpdateCostCenterInput,
} from './cost-center.types';

const MAX_CODE_LENGTH = LIMITS.costCenterCode.maxLength;
const MAX_NAME_LENGTH = LIMITS.costCenterName.maxLength;

@Injectable()
export class CostCentersService {
  constructor(private readonly data: DataAccess) {}

  async list(context: RequestContext, args: CostCentersArgs): Promise<ConnectionResult<CostCenterNode>> {
    const query = this.companyCostCenters(context);
    if (args.filter?.active != null) query.andWhere('c.active = :active', { active: args.filter.active });
    const page = await keysetPaginate(query, args, { expression: '"c"."code"', direction: SortDirection.ASC });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toCostCenterNode(edge.node) })) };
  }

  async create(context: RequestContext, input: CreateCostCenterInput): Promise<CostCenterPayload> {
    const manager = this.data.manager(context);
    const costCenter = manager.create(CostCenter, {
      companyId: context.requireCompany().companyId,
      code: input.code.trim(),
      name: input.name.trim(),
      active: input.active,
    });
    return this.save(context, costCenter);
  }

  async update(context: RequestContext, input: UpdateCostCenterInput): Promise<CostCenterPayload> {
    const costCenter = await this.find(context, input.id);
    if (input.code != null) costCenter.code = input.code.trim();
    if (input.name != null) costCenter.name = input.name.trim();
    if (input.active != null) costCenter.active = input.active;
    return this.save(context, costCenter);
  }

  // Orders keep pointing at their cost center, so a used one is deactivated rather than deleted.
  async delete(context: RequestContext, input: DeleteCostCenterInput): Promise<DeleteCostCenterPayload> {
    const costCenter = await this.find(context, input.id);
    const manager = this.data.manager(context);
    const used: unknown[] = await manager.query(
      `SELECT 1 FROM orders WHERE company_id = $1 AND cost_center_id = $2 LIMIT 1`,
      [costCenter.companyId, costCenter.id],
    );
    if (used.length) {
      return {
        deletedId: null,
        userErrors: [
          userError(
            'COST_CENTER_IN_USE',
            `Orders are booked on ${costCenter.code}. Deactivate it instead: it stays on those orders but cannot be chosen.`,
            ['input', 'id'],
          ),
        ],
      };
    }
    await manager.delete(CostCenter, { id: costCenter.id, companyId: costCenter.companyId });
    return { deletedId: costCenter.id, userErrors: [] };
  }

  // NOT_FOUND for another company's cost center exactly as for a missing one.
  find(context: RequestContext, id: string): Promise<CostCenter> {
    return findInScope(this.companyCostCenters(context), id, 'Cost center');
  }

  private async save(context: RequestContext, costCenter: CostCenter): Promise<CostCenterPayload> {
    const problems = validateCostCenter(costCenter);
    if (problems.length) return { costCenter: null, userErrors: problems };
    try {
      const saved = await this.data.manager(context).save(costCenter);
      return { costCenter: toCostCenterNode(saved), userErrors: [] };
    } catch (error) {
      if (isUniqueViolation(error)) {
        return {
          costCenter: null,
          userErrors: [userError('TAKEN', `The code ${costCenter.code} is already used.`, ['input', 'code'])],
        };
      }
      throw error;
    }
  }

  companyCostCenters(context: RequestContext): SelectQueryBuilder<CostCenter> {
    return this.data
      .manager(context)
      .createQueryBuilder(CostCenter, 'c')
      .where('c.company_id = :companyId', { companyId: context.requireCompany().companyId });
  }
}

function validateCostCenter(costCenter: CostCenter): UserError[] {
  const problems: UserError[] = [];
  if (!costCenter.code) problems.push(userError('REQUIRED', 'This field is required.', ['input', 'code']));
  else if (costCenter.code.length > MAX_CODE_LENGTH) {
    problems.push(userError('TOO_LONG', `At most ${MAX_CODE_LENGTH} characters.`, ['input', 'code']));
  }
  if (!costCenter.name) problems.push(userError('REQUIRED', 'This field is required.', ['input', 'name']));
  else if (costCenter.name.length > MAX_NAME_LENGTH) {
    problems.push(userError('TOO_LONG', `At most ${MAX_NAME_LENGTH} characters.`, ['input', 'name']));
  }
  return problems;
}
