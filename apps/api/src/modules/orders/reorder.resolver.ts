import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { ReorderService } from './reorder.service';
import { ReorderInput, ReorderPayload } from './reorder.types';

@Resolver()
export class ReorderResolver {
  constructor(private readonly reorderService: ReorderService) {}

  @Allow(Permission.PLACE_ORDERS)
  @Mutation(() => ReorderPayload, { description: "Adds a past order's products to the cart at today's prices." })
  reorder(@Ctx() context: RequestContext, @Args('input') input: ReorderInput): Promise<ReorderPayload> {
    return this.reorderService.reorder(context, input);
  }
}
