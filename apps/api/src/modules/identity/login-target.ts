import { registerEnumType } from '@nestjs/graphql';

// The page a user lands on after signing in. Null everywhere means the operator's default.
export enum LoginTarget {
  DASHBOARD = 'dashboard',
  COCKPIT = 'cockpit',
  PRODUCTS = 'products',
  FAST_ORDER = 'fast_order',
  ORDERS = 'orders',
  CART = 'cart',
  ACCOUNT = 'account',
}
registerEnumType(LoginTarget, { name: 'LoginTarget' });
