import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { ConnectionResult } from '../../common/connection/connection.type';
import { PricingService } from '../pricing/pricing.service';
import { ProductPriceNode } from '../pricing/pricing.types';
import { CatalogLoaders } from './catalog.loaders';
import { toCategoryNode } from './catalog.mapper';
import { ProductNumberDisplay } from './catalog-settings.entity';
import { CategoryNode } from './category.types';
import { ProductConnection, ProductNode, ProductPriceArgs, ProductsArgs } from './product.types';
import { ProductsService } from './products.service';

@Resolver(() => ProductNode)
export class ProductsResolver {
  constructor(
    private readonly productsService: ProductsService,
    private readonly prices: PricingService,
    private readonly loaders: CatalogLoaders,
  ) {}

  @Allow(Permission.VIEW_CATALOG)
  @Query(() => ProductConnection, { description: 'Active products the active company may see.' })
  products(@Ctx() context: RequestContext, @Args() args: ProductsArgs): Promise<ConnectionResult<ProductNode>> {
    return this.productsService.list(context, args);
  }

  @Allow(Permission.VIEW_CATALOG)
  @Query(() => ProductNode, { description: "One product; NOT_FOUND outside the active company's assortment." })
  product(@Ctx() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ProductNode> {
    return this.productsService.get(context, id);
  }

  @ResolveField(() => CategoryNode)
  async category(@Ctx() context: RequestContext, @Parent() product: ProductNode): Promise<CategoryNode> {
    const category = await this.loaders.categoryById(context).load(product.categoryId);
    if (!category) throw new Error(`Product ${product.id} names a missing category`);
    return toCategoryNode(category);
  }

  @ResolveField(() => ProductPriceNode, { description: 'The unit price for the active company at a quantity.' })
  price(
    @Ctx() context: RequestContext,
    @Parent() product: ProductNode,
    @Args() { quantity }: ProductPriceArgs,
  ): Promise<ProductPriceNode> {
    return this.prices.priceOf(context, product, quantity);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The company's own number for this product; null when it has none or the display mode is HIDDEN.",
  })
  async customerProductNumber(@Ctx() context: RequestContext, @Parent() product: ProductNode): Promise<string | null> {
    const own = await this.loaders.productNumberByProductId(context).load(product.id);
    return own.display === ProductNumberDisplay.HIDDEN ? null : own.number;
  }

  @ResolveField(() => String, {
    description: 'The article number to print: the own number in REPLACING mode where there is one, else the SKU.',
  })
  async displayNumber(@Ctx() context: RequestContext, @Parent() product: ProductNode): Promise<string> {
    const own = await this.loaders.productNumberByProductId(context).load(product.id);
    return own.display === ProductNumberDisplay.REPLACING && own.number ? own.number : product.sku;
  }
}
