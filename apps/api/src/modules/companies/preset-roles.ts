import { Permission } from '../../common/auth/permission';

// Roles every company starts with. Admins hold no role: they have every employee permission.
export const PRESET_ROLES: ReadonlyArray<{ name: string; permissions: Permission[] }> = [
  {
    name: 'Buyer',
    permissions: [
      Permission.VIEW_CATALOG,
      Permission.PLACE_ORDERS,
      Permission.SEE_SPECIAL_CONDITIONS,
      Permission.REQUEST_OFFERS,
      Permission.MANAGE_ORDER_LISTS,
      Permission.MANAGE_SUBSCRIPTIONS,
      Permission.REGISTER_FOR_EVENTS,
    ],
  },
  {
    // Read-only: sees the catalog and the company's orders, changes nothing.
    name: 'Viewer',
    permissions: [Permission.VIEW_CATALOG, Permission.VIEW_ALL_COMPANY_ORDERS],
  },
  {
    name: 'Finance',
    permissions: [
      Permission.VIEW_CATALOG,
      Permission.VIEW_ALL_COMPANY_ORDERS,
      Permission.SEE_SPECIAL_CONDITIONS,
      Permission.VIEW_DOCUMENTS,
      Permission.PAY_INVOICES,
      Permission.MANAGE_BUDGETS,
    ],
  },
  {
    name: 'Purchasing lead',
    permissions: [
      Permission.VIEW_CATALOG,
      Permission.PLACE_ORDERS,
      Permission.VIEW_ALL_COMPANY_ORDERS,
      Permission.SEE_SPECIAL_CONDITIONS,
      Permission.RELEASE_ORDERS,
      Permission.MANAGE_BUDGETS,
      Permission.REQUEST_OFFERS,
      Permission.ACCEPT_OFFERS,
      Permission.MANAGE_ORDER_LISTS,
      Permission.MANAGE_SUBSCRIPTIONS,
      Permission.MANAGE_PRODUCT_NUMBERS,
      Permission.REGISTER_FOR_EVENTS,
      Permission.VIEW_DOCUMENTS,
    ],
  },
];
