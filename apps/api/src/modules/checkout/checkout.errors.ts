import type { UserErrorCodeList } from '../../common/errors/user-error-code';

// Submitting an order and the express-checkout defaults; cart line problems use the cart's codes.
export const CHECKOUT_ERRORS = {
  EMPTY_CART: 'The cart is empty.',
  INVALID_IDEMPOTENCY_KEY: 'The idempotency key is missing or too long.',
  INVALID_ADDRESS: 'A field of the entered address is missing, too long or (country) not an ISO code.',
  AMBIGUOUS_ADDRESS: 'Both an address and another choice were given: give one.',
  NOT_A_BILLING_ADDRESS: 'The address is not used for billing.',
  NOT_A_SHIPPING_ADDRESS: 'The address is not used for shipping.',
  COST_CENTER_INACTIVE: 'The cost center is inactive.',
} as const satisfies UserErrorCodeList;

export type CheckoutErrorCode = keyof typeof CHECKOUT_ERRORS;
