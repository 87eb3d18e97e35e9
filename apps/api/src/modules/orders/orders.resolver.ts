import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { ConnectionResult } from '../../common/connection/connection.type';
import { CompanyLoaders } from '../companies/company.loaders';
import { toCostCenterNode } from '../companies/company.mapper';
import { CostCenterNode } from '../companies/cost-center.types';
import { IdentityLoaders, PersonRecord } from '../identity/identity.loaders';
import { OrderLoaders } from './order.loaders';
import { toOrderLineNode } from './order.mapper';
import { OrderConnection, OrderLineNode, OrderNode, OrdersArgs, PersonNode } from './order.types';
import { OrdersService } from './orders.service';

// Employees see their own orders; "view all company orders" widens that to the whole company.
export const ORDER_READERS = [Permission.PLACE_ORDERS, Permission.VIEW_ALL_COMPANY_ORDERS] as const;

@Resolver(() => OrderNode)
export class OrdersResolver {
  constructor(
    private readonly ordersService: OrdersService,
    private readonly orderLoaders: OrderLoaders,
    private readonly companyLoaders: CompanyLoaders,
    private readonly identityLoaders: IdentityLoaders,
  ) {}

  @Allow(...ORDER_READERS)
  @Query(() => OrderConnection, { description: "The active company's orders visible to the viewer." })
  orders(@Ctx() context: RequestContext, @Args() args: OrdersArgs): Promise<ConnectionResult<OrderNode>> {
    return this.ordersService.list(context, args);
  }

  @Allow(...ORDER_READERS)
  @Query(() => OrderNode, { description: 'One order; NOT_FOUND unless visible to the viewer.' })
  order(@Ctx() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<OrderNode> {
    return this.ordersService.get(context, id);
  }

  @ResolveField(() => [OrderLineNode])
  async lines(@Ctx() context: RequestContext, @Parent() order: OrderNode): Promise<OrderLineNode[]> {
    const lines = await this.orderLoaders.linesByOrderId(context).load(order.id);
    return lines.map((line) => toOrderLineNode(line, order.grossTotal.currency));
  }

  @ResolveField(() => PersonNode, { description: 'The employee who placed the order (or for whom a rep did).' })
  async placedBy(@Ctx() context: RequestContext, @Parent() order: OrderNode): Promise<PersonRecord> {
    const person = await this.identityLoaders.personByScopedId(context).load(order.placedById);
    if (!person) throw new Error(`Order ${order.id} names a missing user`);
    return person;
  }

  @ResolveField(() => PersonNode, {
    nullable: true,
    description: "The sales rep who placed it on the employee's behalf.",
  })
  placedByRep(@Ctx() context: RequestContext, @Parent() order: OrderNode): Promise<PersonRecord | null> | null {
    return order.placedByRepId ? this.identityLoaders.personByScopedId(context).load(order.placedByRepId) : null;
  }

  @ResolveField(() => CostCenterNode, { nullable: true, description: 'The cost center the order was booked on.' })
  async costCenter(@Ctx() context: RequestContext, @Parent() order: OrderNode): Promise<CostCenterNode | null> {
    if (!order.costCenterId) return null;
    const costCenter = await this.companyLoaders.costCenterById(context).load(order.costCenterId);
    return costCenter ? toCostCenterNode(costCenter) : null;
  }
}
