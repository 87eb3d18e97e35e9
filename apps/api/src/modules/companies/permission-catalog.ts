import { EMPLOYEE_PERMISSIONS, Permission } from '../../common/auth/permission';

// What each employee permission allows, for the role editor.
export const PERMISSION_DESCRIPTIONS: Record<Permission, string> = {
  [Permission.VIEW_CATALOG]: 'See the catalog and prices.',
  [Permission.PLACE_ORDERS]: 'Fill the cart and place orders.',
  [Permission.VIEW_ALL_COMPANY_ORDERS]: "See every order of the company, not only one's own.",
  [Permission.SEE_SPECIAL_CONDITIONS]: 'See contract and customer-specific prices.',
  [Permission.RELEASE_ORDERS]: 'Approve order requests of colleagues.',
  [Permission.MANAGE_BUDGETS]: 'Set and change budgets.',
  [Permission.MANAGE_EMPLOYEES]: 'Manage employees and roles. Company admins only.',
  [Permission.MANAGE_ADDRESSES_AND_COST_CENTERS]: 'Add, change and remove addresses and cost centers.',
  [Permission.VIEW_DOCUMENTS]: 'See invoices, credit notes and delivery notes.',
  [Permission.PAY_INVOICES]: 'Pay open invoices.',
  [Permission.REQUEST_OFFERS]: 'Ask for offers.',
  [Permission.ACCEPT_OFFERS]: 'Accept offers.',
  [Permission.MANAGE_ORDER_LISTS]: 'Keep order lists.',
  [Permission.MANAGE_SUBSCRIPTIONS]: 'Set up standing orders.',
  [Permission.MANAGE_PRODUCT_NUMBERS]: "Maintain the company's own product numbers.",
  [Permission.REGISTER_FOR_EVENTS]: 'Register for events.',
  [Permission.SERVE_CUSTOMERS]: 'Serve assigned customers (sales reps).',
  [Permission.SEE_ALL_CUSTOMERS]: 'See every customer (supervisors).',
  [Permission.MANAGE_PORTAL]: 'Configure the portal (operators).',
};

// MANAGE_EMPLOYEES stays with admins: a role holding it could grant itself anything, so declarations may
// read @Allow(Permission.MANAGE_EMPLOYEES) as "company admins only".
export const ADMIN_ONLY_PERMISSIONS: readonly Permission[] = [Permission.MANAGE_EMPLOYEES];

export const ROLE_PERMISSIONS: readonly Permission[] = EMPLOYEE_PERMISSIONS.filter(
  (permission) => !ADMIN_ONLY_PERMISSIONS.includes(permission),
);
