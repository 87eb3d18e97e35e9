import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Allow } from '../../common/auth/access.decorator';
import { Ctx } from '../../common/auth/ctx.decorator';
import { Permission } from '../../common/auth/permission';
import { RequestContext } from '../../common/auth/request-context';
import { ConnectionResult } from '../../common/connection/connection.type';
import { CatalogLoaders } from './catalog.loaders';
import { toProductNode } from './catalog.mapper';
import {
  CatalogSettingsNode,
  CatalogSettingsPayload,
  CreateCustomerProductNumberInput,
  CustomerProductNumberConnection,
  CustomerProductNumberNode,
  CustomerProductNumberPayload,
  CustomerProductNumbersArgs,
  DeleteCustomerProductNumberInput,
  DeleteCustomerProductNumberPayload,
  ImportCustomerProductNumbersInput,
  ImportCustomerProductNumbersPayload,
  SetProductNumberDisplayInput,
  UpdateCustomerProductNumberInput,
} from './customer-product-number.types';
import { CustomerProductNumbersService } from './customer-product-numbers.service';
import { ProductNode } from './product.types';

@Resolver(() => CustomerProductNumberNode)
export class CustomerProductNumbersResolver {
  constructor(
    private readonly numbersService: CustomerProductNumbersService,
    private readonly loaders: CatalogLoaders,
  ) {}

  @Allow(Permission.VIEW_CATALOG)
  @Query(() => CustomerProductNumberConnection, { description: "The active company's own product numbers." })
  customerProductNumbers(
    @Ctx() context: RequestContext,
    @Args() args: CustomerProductNumbersArgs,
  ): Promise<ConnectionResult<CustomerProductNumberNode>> {
    return this.numbersService.list(context, args);
  }

  @Allow(Permission.VIEW_CATALOG)
  @Query(() => CatalogSettingsNode)
  catalogSettings(@Ctx() context: RequestContext): Promise<CatalogSettingsNode> {
    return this.numbersService.settings(context);
  }

  @Allow(Permission.MANAGE_PRODUCT_NUMBERS)
  @Mutation(() => CustomerProductNumberPayload)
  createCustomerProductNumber(
    @Ctx() context: RequestContext,
    @Args('input') input: CreateCustomerProductNumberInput,
  ): Promise<CustomerProductNumberPayload> {
    return this.numbersService.create(context, input);
  }

  @Allow(Permission.MANAGE_PRODUCT_NUMBERS)
  @Mutation(() => CustomerProductNumberPayload)
  updateCustomerProductNumber(
    @Ctx() context: RequestContext,
    @Args('input') input: UpdateCustomerProductNumberInput,
  ): Promise<CustomerProductNumberPayload> {
    return this.numbersService.update(context, input);
  }

  @Allow(Permission.MANAGE_PRODUCT_NUMBERS)
  @Mutation(() => DeleteCustomerProductNumberPayload)
  deleteCustomerProductNumber(
    @Ctx() context: RequestContext,
    @Args('input') input: DeleteCustomerProductNumberInput,
  ): Promise<DeleteCustomerProductNumberPayload> {
    return this.numbersService.delete(context, input);
  }

  @Allow(Permission.MANAGE_PRODUCT_NUMBERS)
  @Mutation(() => ImportCustomerProductNumbersPayload, {
    description: 'Creates or replaces own numbers from a CSV file and reports on every row.',
  })
  importCustomerProductNumbers(
    @Ctx() context: RequestContext,
    @Args('input') input: ImportCustomerProductNumbersInput,
  ): Promise<ImportCustomerProductNumbersPayload> {
    return this.numbersService.import(context, input);
  }

  @Allow(Permission.MANAGE_PRODUCT_NUMBERS)
  @Mutation(() => CatalogSettingsPayload, { description: 'How own product numbers are shown across the portal.' })
  setProductNumberDisplay(
    @Ctx() context: RequestContext,
    @Args('input') input: SetProductNumberDisplayInput,
  ): Promise<CatalogSettingsPayload> {
    return this.numbersService.setProductNumberDisplay(context, input);
  }

  @ResolveField(() => ProductNode)
  async product(@Ctx() context: RequestContext, @Parent() number: CustomerProductNumberNode): Promise<ProductNode> {
    const product = await this.loaders.visibleProductById(context).load(number.productId);
    if (!product) throw new Error(`Customer product number ${number.id} names a product outside the assortment`);
    return toProductNode(product);
  }
}
