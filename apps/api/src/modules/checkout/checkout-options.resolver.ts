import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import {
  CheckoutDefaultsNode,
  PaymentMethodNode,
  ShippingMethodNode,
  UpdateCheckoutDefaultsInput,
  UpdateCheckoutDefaultsPayload,
} from './checkout.types';
import { CheckoutOptionsService } from './checkout-options.service';

// Reference lists of a handful of rows: plain lists rather than connections.
@Resolver()
export class CheckoutOptionsResolver {
  constructor(private readonly options: CheckoutOptionsService) {}

  @Allow(Permission.PLACE_ORDERS, Permission.MANAGE_ADDRESSES_AND_COST_CENTERS)
  @Query(() => [ShippingMethodNode], { description: 'Shipping methods to choose from at checkout.' })
  shippingMethods(@Ctx() context: RequestContext): Promise<ShippingMethodNode[]> {
    return this.options.shippingMethods(context);
  }

  @Allow(Permission.PLACE_ORDERS, Permission.MANAGE_ADDRESSES_AND_COST_CENTERS)
  @Query(() => [PaymentMethodNode], { description: 'Payment methods to choose from at checkout.' })
  paymentMethods(@Ctx() context: RequestContext): Promise<PaymentMethodNode[]> {
    return this.options.paymentMethods(context);
  }

  @Allow(Permission.PLACE_ORDERS, Permission.MANAGE_ADDRESSES_AND_COST_CENTERS)
  @Query(() => CheckoutDefaultsNode, { description: 'What checkout preselects and express checkout uses.' })
  checkoutDefaults(@Ctx() context: RequestContext): Promise<CheckoutDefaultsNode> {
    return this.options.defaultsNode(context);
  }

  // Company admins only: MANAGE_EMPLOYEES is the admin-only permission (roles cannot include it).
  @Allow(Permission.MANAGE_EMPLOYEES)
  @Mutation(() => UpdateCheckoutDefaultsPayload, {
    description: 'Express-checkout defaults and the default payment method of the active company.',
  })
  updateCheckoutDefaults(
    @Ctx() context: RequestContext,
    @Args('input') input: UpdateCheckoutDefaultsInput,
  ): Promise<UpdateCheckoutDefaultsPayload> {
    return this.options.updateDefaults(context, input);
  }
}
