import { Module } from '@nestjs/common';
import { CartModule } from '../cart/cart.module';
import { PricingModule } from '../pricing/pricing.module';
import { FastOrderResolver } from './fast-order.resolver';
import { FastOrderService } from './fast-order.service';
import { OrdersResolver } from './orders.resolver';
import { OrdersService } from './orders.service';
import { ReorderResolver } from './reorder.resolver';
import { ReorderService } from './reorder.service';

@Module({
  imports: [CartModule, PricingModule],
  providers: [OrdersResolver, OrdersService, ReorderResolver, ReorderService, FastOrderResolver, FastOrderService],
  exports: [OrdersService],
})
export class OrdersModule {}
