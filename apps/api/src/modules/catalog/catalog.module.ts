import { Module } from '@nestjs/common';
import { PricingModule } from '../pricing/pricing.module';
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
    ProductsResolver,
    ProductsService,
    CategoriesResolver,
    CategoriesService,
    QuickSearchResolver,
    QuickSearchService,
    CustomerProductNumbersResolver,
    CustomerProductNumbersService,
  ],
  exports: [ProductsService],
})
export class CatalogModule {}
