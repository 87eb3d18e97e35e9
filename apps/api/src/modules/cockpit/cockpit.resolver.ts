import { Query, Resolver } from '@nestjs/graphql';

import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { RequestContext } from '../../common/auth/request-context';
import { ORDER_READERS } from '../orders/orders.resolver';
import { CockpitService } from './cockpit.service';
import { CockpitNode } from './cockpit.types';

@Resolver()
export class CockpitResolver {
  constructor(private readonly cockpitService: CockpitService) {}

  @Allow(...ORDER_READERS)
  @Query(() => CockpitNode, { description: "Open orders, totals and this year's order count for the viewer." })
  cockpit(@Ctx() context: RequestContext): Promise<CockpitNode> {
    return this.cockpitService.cockpit(context);
  }
}
