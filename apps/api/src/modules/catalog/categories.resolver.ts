import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { CatalogLoaders } from './catalog.loaders';
import { CategoriesService } from './categories.service';
import { CategoriesArgs, CategoryNode } from './category.types';

@Resolver(() => CategoryNode)
export class CategoriesResolver {
  constructor(
    private readonly categoriesService: CategoriesService,
    private readonly loaders: CatalogLoaders,
  ) {}

  // A small, bounded tree browsed level by level, so a plain list rather than a connection.
  @Allow(Permission.VIEW_CATALOG)
  @Query(() => [CategoryNode], {
    description: 'Categories under a parent (top level without one) that hold products the active company may see.',
  })
  categories(@Ctx() context: RequestContext, @Args() args: CategoriesArgs): Promise<CategoryNode[]> {
    return this.categoriesService.children(context, args.parentId);
  }

  @ResolveField(() => Int, { description: 'Active products the company may see here and in all subcategories.' })
  productCount(@Ctx() context: RequestContext, @Parent() category: CategoryNode): Promise<number> {
    return this.loaders.visibleProductCountByCategoryId(context).load(category.id);
  }
}
