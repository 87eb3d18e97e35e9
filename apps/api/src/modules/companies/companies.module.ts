import { Module } from '@nestjs/common';
import { AddressesResolver } from './addresses.resolver';
import { AddressesService } from './addresses.service';
import { CompanyLoaders } from './company.loaders';
import { CostCentersResolver } from './cost-centers.resolver';
import { CostCentersService } from './cost-centers.service';
import { EmployeeCsvResolver } from './employee-csv.resolver';
import { EmployeeCsvService } from './employee-csv.service';
import { EmployeesResolver } from './employees.resolver';
import { EmployeesService } from './employees.service';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';
import { RolesResolver } from './roles.resolver';
import { RolesService } from './roles.service';

// The active company's people and set-up: employees, roles, address book, cost centers.
@Module({
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
    InvitationsResolver,
    InvitationsService,
    RolesResolver,
    RolesService,
  ],
  exports: [AddressesService, CostCentersService, CompanyLoaders],
})
export class CompaniesModule {}
