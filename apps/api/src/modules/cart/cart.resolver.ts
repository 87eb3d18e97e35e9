import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { CartService } from './cart.service';
import { AddToCartInput, CartNode, CartPayload, RemoveCartLineInput, UpdateCartLineInput } from './cart.types';

@Resolver(() => CartNode)
export class CartResolver {
  constructor(private readonly cartService: CartService) {}

  @Allow(Permission.PLACE_ORDERS)
  @Query(() => CartNode, { description: "The signed-in employee's cart for the active company (empty when none yet)." })
  cart(@Ctx() context: RequestContext): Promise<CartNode> {
    return this.cartService.view(context);
  }

  @Allow(Permission.PLACE_ORDERS)
  @Mutation(() => CartPayload, { description: 'Adds a product; an existing line for it gets the quantities summed.' })
  addToCart(@Ctx() context: RequestContext, @Args('input') input: AddToCartInput): Promise<CartPayload> {
    return this.cartService.add(context, input);
  }

  @Allow(Permission.PLACE_ORDERS)
  @Mutation(() => CartPayload, { description: 'Sets a line’s quantity and/or comment.' })
  updateCartLine(@Ctx() context: RequestContext, @Args('input') input: UpdateCartLineInput): Promise<CartPayload> {
    return this.cartService.updateLine(context, input);
  }

  @Allow(Permission.PLACE_ORDERS)
  @Mutation(() => CartPayload)
  removeCartLine(@Ctx() context: RequestContext, @Args('input') input: RemoveCartLineInput): Promise<CartPayload> {
    return this.cartService.removeLine(context, input);
  }

  @Allow(Permission.PLACE_ORDERS)
  @Mutation(() => CartPayload, { description: 'Removes every line.' })
  clearCart(@Ctx() context: RequestContext): Promise<CartPayload> {
    return this.cartService.clear(context);
  }
}
