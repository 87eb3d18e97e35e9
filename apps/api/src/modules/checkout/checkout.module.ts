import { Module } from '@nestjs/common';

import { CartModule } from '../cart/cart.module';
import { CompaniesModule } from '../companies/companies.module';
import { OrdersModule } from '../orders/orders.module';
import { CheckoutResolver } from './checkout.resolver';
import { CheckoutService } from './checkout.service';
import { CheckoutOptionsResolver } from './checkout-options.resolver';
import { CheckoutOptionsService } from './checkout-options.service';

// Turns the cart into an order: addresses, cost center, shipping and payment, idempotent submit.
@Module({
  imports: [CartModule, CompaniesModule, OrdersModule],
  providers: [CheckoutResolver, CheckoutService, CheckoutOptionsResolver, CheckoutOptionsService],
})
export class CheckoutModule {}
