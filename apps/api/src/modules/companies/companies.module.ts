import { Module } from '@nestjs/common';

import { IdentityModule } from '../identity/identity.module';
import { AddressesResolver } from './addresses.resolver';
import { AddressesService } from './addresses.service';
import { CompanyLoaders } from './company.loaders';
import { CostCentersResolver } from './cost-centers.resolver';
import { CostCentersService } from './cost-centers.service';
import { EmployeeCsvResolver } from './employee-csv.resolver';
import { EmployeeCsvService } from './employee-csv.service';
import { EmployeesResolver } from './employees.resolver';
import { EmployeesService } from './employees.service';
import { RolesResolver } from './roles.resolver';
import { RolesService } from './roles.service';

// The active company's people and set-up: employees, roles, address book, cost centers.
// New people become users through identity's UsersService.
@Module({
  imports: [IdentityModule],
  providers: [
    AddressesResolver,
    AddressesService,
    CompanyLoaders,
    CostCentersResolver,
    CostCentersService,
    EmployeeCsvResolver,
    EmployeeCsvService,
    EmployeesResolver,
    EmployeesService,
    RolesResolver,
    RolesService,
  ],
  exports: [AddressesService, CostCentersService, RolesService, CompanyLoaders],
})
export class CompaniesModule {}
