import { Module } from '@nestjs/common';

import { PricingModule } from '../pricing/pricing.module';
import { CatalogLoaders } from './catalog.loaders';
import { CategoriesResolver } from './categories.resolver';
import { CategoriesService } from './categories.service';
import { CustomerProductNumbersResolver } from './customer-product-numbers.resolver';
import { CustomerProductNumbersService } from './customer-product-numbers.service';
import { ProductsResolver } from './products.resolver';
import { ProductsService } from './products.service';
import { QuickSearchResolver } from './quick-search.resolver';
import { QuickSearchService } from './quick-search.service';

// Products, categories and assortments as the active company sees them, its own product numbers, quick search.
@Module({
  imports: [PricingModule],
  providers: [
    CatalogLoaders,
    ProductsResolver,
    ProductsService,
    CategoriesResolver,
    CategoriesService,
    QuickSearchResolver,
    QuickSearchService,
    CustomerProductNumbersResolver,
    CustomerProductNumbersService,
  ],
  exports: [ProductsService, CatalogLoaders],
})
export class CatalogModule {}
