import { Module } from '@nestjs/common';
import { CartModule } from '../cart/cart.module';
import { CompaniesModule } from '../companies/companies.module';
import { CheckoutOptionsResolver } from './checkout-options.resolver';
import { CheckoutOptionsService } from './checkout-options.service';
import { CheckoutResolver } from './checkout.resolver';
import { CheckoutService } from './checkout.service';
import { OrderNumbersService } from './order-numbers.service';

// Turns the cart into an order: addresses, cost center, shipping and payment, idempotent submit.
@Module({
  imports: [CartModule, CompaniesModule],
  providers: [CheckoutResolver, CheckoutService, CheckoutOptionsResolver, CheckoutOptionsService, OrderNumbersService],
})
export class CheckoutModule {}
