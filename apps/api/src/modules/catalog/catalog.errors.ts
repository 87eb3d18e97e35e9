import type { UserErrorCodeList } from '../../common/errors/user-error-code';

// Customer product numbers; blank, too long, taken and file problems use the generic codes.
export const CATALOG_ERRORS = {
  PRODUCT_ALREADY_MAPPED: 'The product already has a number of the company: change that one instead.',
} as const satisfies UserErrorCodeList;

export type CatalogErrorCode = keyof typeof CATALOG_ERRORS;
