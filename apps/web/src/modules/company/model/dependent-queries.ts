import {
  CompanyAddressesDocument,
  CompanyCheckoutDefaultsDocument,
  CompanyCostCentersDocument,
  CompanyRolesDocument,
  EmployeesDocument,
  ExpressCheckoutChoicesDocument,
} from '@branchline/graphql-types';

// What to refetch after a company change, by document: Apollo refetches whichever of them is on screen.
// Role holders and the employee list show each other's data: a change to either refetches both.
export const EMPLOYEE_DEPENDENT_QUERIES = [EmployeesDocument, CompanyRolesDocument];
// Express-checkout defaults point at addresses and cost centers and fall back to the default-flagged address.
export const ADDRESS_DEPENDENT_QUERIES = [
  CompanyAddressesDocument,
  CompanyCheckoutDefaultsDocument,
  ExpressCheckoutChoicesDocument,
];
export const COST_CENTER_DEPENDENT_QUERIES = [
  CompanyCostCentersDocument,
  CompanyCheckoutDefaultsDocument,
  ExpressCheckoutChoicesDocument,
];
