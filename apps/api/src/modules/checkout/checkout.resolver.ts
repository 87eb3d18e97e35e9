import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { CheckoutService } from './checkout.service';
import { ExpressCheckoutInput, SubmitOrderInput, SubmitOrderPayload } from './checkout.types';

@Resolver()
export class CheckoutResolver {
  constructor(private readonly checkout: CheckoutService) {}

  @Allow(Permission.PLACE_ORDERS)
  @Mutation(() => SubmitOrderPayload, {
    description: 'Places the cart as an order. A replayed key returns the first order.',
  })
  submitOrder(@Ctx() context: RequestContext, @Args('input') input: SubmitOrderInput): Promise<SubmitOrderPayload> {
    return this.checkout.submit(context, input);
  }

  @Allow(Permission.PLACE_ORDERS)
  @Mutation(() => SubmitOrderPayload, { description: "Places the cart with the company's stored checkout defaults." })
  expressCheckout(
    @Ctx() context: RequestContext,
    @Args('input') input: ExpressCheckoutInput,
  ): Promise<SubmitOrderPayload> {
    return this.checkout.express(context, input);
  }
}
