import { Args, Query, Resolver } from '@nestjs/graphql';

import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { QuickSearchService } from './quick-search.service';
import { QuickSearchArgs, QuickSearchHitNode } from './quick-search.types';

@Resolver(() => QuickSearchHitNode)
export class QuickSearchResolver {
  constructor(private readonly quickSearchService: QuickSearchService) {}

  @Allow(Permission.VIEW_CATALOG)
  @Query(() => [QuickSearchHitNode], {
    description: "Search-as-you-type over product names, SKUs and the company's own numbers, best match first.",
  })
  quickSearch(@Ctx() context: RequestContext, @Args() args: QuickSearchArgs): Promise<QuickSearchHitNode[]> {
    return this.quickSearchService.search(context, args);
  }
}
