import { registerEnumType } from '@nestjs/graphql';

// The permission catalog. Company roles bundle the employee permissions; reps and operators get
// theirs from their account kind.
export enum Permission {
  VIEW_CATALOG = 'view_catalog',
  PLACE_ORDERS = 'place_orders',
  VIEW_ALL_COMPANY_ORDERS = 'view_all_company_orders',
  SEE_SPECIAL_CONDITIONS = 'see_special_conditions',
  RELEASE_ORDERS = 'release_orders',
  MANAGE_BUDGETS = 'manage_budgets',
  MANAGE_EMPLOYEES = 'manage_employees',
  MANAGE_ADDRESSES_AND_COST_CENTERS = 'manage_addresses_and_cost_centers',
  VIEW_DOCUMENTS = 'view_documents',
  PAY_INVOICES = 'pay_invoices',
  REQUEST_OFFERS = 'request_offers',
  ACCEPT_OFFERS = 'accept_offers',
  MANAGE_ORDER_LISTS = 'manage_order_lists',
  MANAGE_SUBSCRIPTIONS = 'manage_subscriptions',
  MANAGE_PRODUCT_NUMBERS = 'manage_product_numbers',
  REGISTER_FOR_EVENTS = 'register_for_events',
  // Sales reps
  SERVE_CUSTOMERS = 'serve_customers',
  SEE_ALL_CUSTOMERS = 'see_all_customers',
  // Shop operator
  MANAGE_PORTAL = 'manage_portal',
}

export const EMPLOYEE_PERMISSIONS: readonly Permission[] = [
  Permission.VIEW_CATALOG,
  Permission.PLACE_ORDERS,
  Permission.VIEW_ALL_COMPANY_ORDERS,
  Permission.SEE_SPECIAL_CONDITIONS,
  Permission.RELEASE_ORDERS,
  Permission.MANAGE_BUDGETS,
  Permission.MANAGE_EMPLOYEES,
  Permission.MANAGE_ADDRESSES_AND_COST_CENTERS,
  Permission.VIEW_DOCUMENTS,
  Permission.PAY_INVOICES,
  Permission.REQUEST_OFFERS,
  Permission.ACCEPT_OFFERS,
  Permission.MANAGE_ORDER_LISTS,
  Permission.MANAGE_SUBSCRIPTIONS,
  Permission.MANAGE_PRODUCT_NUMBERS,
  Permission.REGISTER_FOR_EVENTS,
];

export const SALES_REP_PERMISSIONS: readonly Permission[] = [Permission.SERVE_CUSTOMERS];
export const SUPERVISOR_PERMISSIONS: readonly Permission[] = [Permission.SERVE_CUSTOMERS, Permission.SEE_ALL_CUSTOMERS];
export const OPERATOR_PERMISSIONS: readonly Permission[] = [Permission.MANAGE_PORTAL];

registerEnumType(Permission, { name: 'Permission' });
