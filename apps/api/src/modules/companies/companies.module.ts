import { Module } from '@nestjs/common';
import { AddressesResolver } from './addresses.resolver';
import { AddressesService } from './addresses.service';
import { CostCentersResolver } from './cost-centers.resolver';
import { CostCentersService } from './cost-centers.service';

// The active company's address book and cost centers (read-only for now; management comes later).
@Module({
  providers: [AddressesResolver, AddressesService, CostCentersResolver, CostCentersService],
  exports: [AddressesService, CostCentersService],
})
export class CompaniesModule {}
