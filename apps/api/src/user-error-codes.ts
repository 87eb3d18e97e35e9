import { GENERIC_USER_ERRORS, registerUserErrorCodes } from './common/errors/user-error-code';
import { CART_ERRORS } from './modules/cart/cart.errors';
import { CATALOG_ERRORS } from './modules/catalog/catalog.errors';
import { CHECKOUT_ERRORS } from './modules/checkout/checkout.errors';
import { COMPANIES_ERRORS } from './modules/companies/companies.errors';
import { IDENTITY_ERRORS } from './modules/identity/identity.errors';
import { ORDERS_ERRORS } from './modules/orders/orders.errors';

// Every module's user-error codes, assembled into the one GraphQL enum UserError.code. A new module
// adds its *.errors.ts list here; app.features.ts imports this file, so the app and the schema
// emitter register the enum before they build the schema.
export const USER_ERROR_LISTS = {
  common: GENERIC_USER_ERRORS,
  cart: CART_ERRORS,
  catalog: CATALOG_ERRORS,
  checkout: CHECKOUT_ERRORS,
  companies: COMPANIES_ERRORS,
  identity: IDENTITY_ERRORS,
  orders: ORDERS_ERRORS,
};

type ModuleUserErrorCode = {
  [List in keyof typeof USER_ERROR_LISTS]: keyof (typeof USER_ERROR_LISTS)[List];
}[keyof typeof USER_ERROR_LISTS];

// Teaches the compiler the same list, so userError() in any module accepts exactly these codes.
declare module './common/errors/user-error-code' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface UserErrorCodes extends Record<ModuleUserErrorCode, string> {}
}

registerUserErrorCodes(USER_ERROR_LISTS);
