import { Module } from '@nestjs/common';
import { PriceResolverService } from './price-resolver.service';

// Contract and tier prices and the rules that turn them into what a company pays.
@Module({
  providers: [PriceResolverService],
  exports: [PriceResolverService],
})
export class PricingModule {}
