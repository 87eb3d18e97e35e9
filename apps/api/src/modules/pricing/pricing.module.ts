import { Module } from '@nestjs/common';

import { PricingLoaders } from './pricing.loaders';
import { PricingService } from './pricing.service';

// Contract and tier prices and the rules that turn them into what a company pays.
@Module({
  providers: [PricingService, PricingLoaders],
  exports: [PricingService],
})
export class PricingModule {}
