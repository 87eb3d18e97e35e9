// Role holders and the employee list show each other's data: a change to either refetches both.
export const EMPLOYEE_DEPENDENT_QUERIES = ['Employees', 'CompanyRoles'];
// Express-checkout defaults point at addresses and cost centers and fall back to the default-flagged address.
export const ADDRESS_DEPENDENT_QUERIES = ['CompanyAddresses', 'CompanyCheckoutDefaults', 'ExpressCheckoutChoices'];
export const COST_CENTER_DEPENDENT_QUERIES = ['CompanyCostCenters', 'CompanyCheckoutDefaults', 'ExpressCheckoutChoices'];
