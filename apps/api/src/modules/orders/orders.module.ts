import { Module } from '@nestjs/common';

import { CartModule } from '../cart/cart.module';
import { CatalogModule } from '../catalog/catalog.module';
import { CompaniesModule } from '../companies/companies.module';
import { IdentityModule } from '../identity/identity.module';
import { PricingModule } from '../pricing/pricing.module';
import { FastOrderResolver } from './fast-order.resolver';
import { FastOrderService } from './fast-order.service';
import { OrderLoaders } from './order.loaders';
import { OrderNumbersService } from './order-numbers.service';
import { OrderWriter } from './order-writer';
import { OrdersResolver } from './orders.resolver';
import { OrdersService } from './orders.service';
import { ReorderResolver } from './reorder.resolver';
import { ReorderService } from './reorder.service';

// Orders: reading them (list, detail, lines), reorder and fast order into the cart, and OrderWriter, the one
// place orders are written (checkout today; rep orders, offers and order requests call it too).
@Module({
  imports: [CartModule, CatalogModule, CompaniesModule, IdentityModule, PricingModule],
  providers: [
    OrdersResolver,
    OrdersService,
    OrderLoaders,
    OrderNumbersService,
    OrderWriter,
    ReorderResolver,
    ReorderService,
    FastOrderResolver,
    FastOrderService,
  ],
  exports: [OrdersService, OrderWriter],
})
export class OrdersModule {}
