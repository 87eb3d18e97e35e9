import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { ConnectionResult } from '../../common/connection/connection.type';
import { CostCentersService } from './cost-centers.service';
import { CostCenterConnection, CostCenterNode, CostCentersArgs } from './cost-center.types';

@Resolver(() => CostCenterNode)
export class CostCentersResolver {
  constructor(private readonly costCentersService: CostCentersService) {}

  // Order readers too: the order history filters by cost center.
  @Allow(Permission.PLACE_ORDERS, Permission.VIEW_ALL_COMPANY_ORDERS, Permission.MANAGE_ADDRESSES_AND_COST_CENTERS)
  @Query(() => CostCenterConnection, { description: "The active company's cost centers, by code." })
  costCenters(@Ctx() context: RequestContext, @Args() args: CostCentersArgs): Promise<ConnectionResult<CostCenterNode>> {
    return this.costCentersService.list(context, args);
  }
}
