import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { Ctx } from '../../common/auth/ctx.decorator';
import { RequestContext } from '../../common/auth/request-context';
import { CatalogLoaders } from '../catalog/catalog.loaders';
import { toProductNode } from '../catalog/catalog.mapper';
import { ProductNode } from '../catalog/product.types';
import { CartLineNode } from './cart.types';

@Resolver(() => CartLineNode)
export class CartLineResolver {
  constructor(private readonly loaders: CatalogLoaders) {}

  @ResolveField(() => ProductNode, {
    nullable: true,
    description: "Null once the product left the company's assortment.",
  })
  async product(@Ctx() context: RequestContext, @Parent() line: CartLineNode): Promise<ProductNode | null> {
    const product = await this.loaders.visibleProductById(context).load(line.productId);
    return product ? toProductNode(product) : null;
  }
}
