// Route paths follow the portal URLs of the product docs.
import type { ActorKind } from '@branchline/graphql-types';

const BASE = '/b2b_platform';

export const paths = {
  login: '/login',
  // Public entry points outside the signed-in shell.
  invitation: (token: string) => `/invitation/${encodeURIComponent(token)}`,
  loginLink: (token: string) => `/login-link/${encodeURIComponent(token)}`,
  chooseCompany: '/choose-company',
  dashboard: BASE,
  cockpit: `${BASE}/cockpit`,
  account: `${BASE}/account`,
  company: `${BASE}/employee`,
  companyRoles: `${BASE}/employee/roles`,
  companyAddresses: `${BASE}/employee/addresses`,
  companyCostCenters: `${BASE}/employee/cost-centers`,
  companyExpressCheckout: `${BASE}/employee/express-checkout`,
  products: `${BASE}/products`,
  product: (id: string) => `${BASE}/products/${encodeURIComponent(id)}`,
  productNumbers: `${BASE}/product-numbers`,
  orders: `${BASE}/orders`,
  order: (id: string) => `${BASE}/orders/${encodeURIComponent(id)}`,
  cart: `${BASE}/cart`,
  checkout: `${BASE}/checkout`,
  documents: `${BASE}/documents`,
  sessions: `${BASE}/sessions`,
  events: `${BASE}/events`,
  customers: `${BASE}/customers`,
  salesOrders: `${BASE}/sales-order`,
  fastOrder: `${BASE}/fast-order`,
  offers: `${BASE}/offers`,
  statistics: `${BASE}/statistics`,
  customerActivity: `${BASE}/customer-activity`,
  salesReps: `${BASE}/sales-reps`,
  settings: `${BASE}/settings`,
} as const;

// Where each kind of account lands after signing in.
export function landingPathFor(kind: ActorKind): string {
  return kind === 'SALES_REP' ? paths.customers : paths.dashboard;
}

// Only same-app paths are accepted as a return target, never another origin.
export function safeReturnPath(value: string | null): string | null {
  if (
    !value ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith(paths.login) ||
    value.startsWith(paths.chooseCompany)
  )
    return null;
  return value;
}
