import type { UserErrorCodeList } from '../../common/errors/user-error-code';

// What a buyer can fix about a cart line; checkout and fast order report the same codes.
export const CART_ERRORS = {
  PRODUCT_NOT_AVAILABLE: 'The product can no longer be ordered or left the assortment.',
  INVALID_QUANTITY: 'The quantity is not a whole number of units in the allowed range.',
  BELOW_MINIMUM: "The quantity is below the product's minimum order quantity.",
  NOT_PACK_MULTIPLE: "The quantity is not a whole number of the product's packs.",
} as const satisfies UserErrorCodeList;

export type CartErrorCode = keyof typeof CART_ERRORS;
