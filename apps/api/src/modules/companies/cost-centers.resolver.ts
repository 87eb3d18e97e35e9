import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { ConnectionResult } from '../../common/connection/connection.type';
import {
  CostCenterConnection,
  CostCenterNode,
  CostCenterPayload,
  CostCentersArgs,
  CreateCostCenterInput,
  DeleteCostCenterInput,
  DeleteCostCenterPayload,
  UpdateCostCenterInput,
} from './cost-center.types';
import { CostCentersService } from './cost-centers.service';

@Resolver(() => CostCenterNode)
export class CostCentersResolver {
  constructor(private readonly costCentersService: CostCentersService) {}

  // Order readers too: the order history filters by cost center.
  @Allow(Permission.PLACE_ORDERS, Permission.VIEW_ALL_COMPANY_ORDERS, Permission.MANAGE_ADDRESSES_AND_COST_CENTERS)
  @Query(() => CostCenterConnection, { description: "The active company's cost centers, by code." })
  costCenters(
    @Ctx() context: RequestContext,
    @Args() args: CostCentersArgs,
  ): Promise<ConnectionResult<CostCenterNode>> {
    return this.costCentersService.list(context, args);
  }

  @Allow(Permission.MANAGE_ADDRESSES_AND_COST_CENTERS)
  @Mutation(() => CostCenterPayload)
  createCostCenter(
    @Ctx() context: RequestContext,
    @Args('input') input: CreateCostCenterInput,
  ): Promise<CostCenterPayload> {
    return this.costCentersService.create(context, input);
  }

  @Allow(Permission.MANAGE_ADDRESSES_AND_COST_CENTERS)
  @Mutation(() => CostCenterPayload, { description: 'active: false keeps it on past orders but out of checkout.' })
  updateCostCenter(
    @Ctx() context: RequestContext,
    @Args('input') input: UpdateCostCenterInput,
  ): Promise<CostCenterPayload> {
    return this.costCentersService.update(context, input);
  }

  @Allow(Permission.MANAGE_ADDRESSES_AND_COST_CENTERS)
  @Mutation(() => DeleteCostCenterPayload, { description: 'Refused (COST_CENTER_IN_USE) once orders use it.' })
  deleteCostCenter(
    @Ctx() context: RequestContext,
    @Args('input') input: DeleteCostCenterInput,
  ): Promise<DeleteCostCenterPayload> {
    return this.costCentersService.delete(context, input);
  }
}
