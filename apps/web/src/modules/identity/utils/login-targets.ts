import type { LoginTarget } from '@branchline/graphql-types';

// The pages a person may choose to land on after sign-in, in navigation order.
export const LOGIN_TARGETS: readonly LoginTarget[] = [
  'DASHBOARD',
  'COCKPIT',
  'ACCOUNT',
  'PRODUCTS',
  'ORDERS',
  'FAST_ORDER',
  'CART',
];
