import { Module } from '@nestjs/common';

import { CatalogModule } from '../catalog/catalog.module';
import { PricingModule } from '../pricing/pricing.module';
import { CartResolver } from './cart.resolver';
import { CartService } from './cart.service';
import { CartLineResolver } from './cart-line.resolver';

// The server-side cart, one per employee per company, priced at today's conditions.
@Module({
  imports: [CatalogModule, PricingModule],
  providers: [CartResolver, CartLineResolver, CartService],
  exports: [CartService],
})
export class CartModule {}
