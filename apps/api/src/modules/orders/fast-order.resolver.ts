import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { FastOrderService } from './fast-order.service';
import { AddFastOrderToCartPayload, FastOrderInput, FastOrderReportNode } from './fast-order.types';

@Resolver()
export class FastOrderResolver {
  constructor(private readonly fastOrder: FastOrderService) {}

  // A query: it changes nothing, so the SPA can run it as the user types or pastes.
  @Allow(Permission.PLACE_ORDERS)
  @Query(() => FastOrderReportNode, { description: 'Checks fast-order rows (or a CSV) without touching the cart.' })
  validateFastOrder(
    @Ctx() context: RequestContext,
    @Args('input') input: FastOrderInput,
  ): Promise<FastOrderReportNode> {
    return this.fastOrder.validate(context, input);
  }

  @Allow(Permission.PLACE_ORDERS)
  @Mutation(() => AddFastOrderToCartPayload, { description: 'Adds the rows to the cart, only when every row is OK.' })
  addFastOrderToCart(
    @Ctx() context: RequestContext,
    @Args('input') input: FastOrderInput,
  ): Promise<AddFastOrderToCartPayload> {
    return this.fastOrder.addToCart(context, input);
  }
}
