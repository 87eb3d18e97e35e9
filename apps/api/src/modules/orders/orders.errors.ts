import type { UserErrorCode, UserErrorCodeList } from '../../common/errors/user-error-code';
import { FastOrderRowStatus } from './fast-order.types';

// Reorder and fast order; quantity and availability problems use the cart's codes.
export const ORDERS_ERRORS = {
  NOTHING_ORDERABLE: 'None of the products of the order can be ordered any more.',
  INVALID_INPUT: 'Give either rows or a CSV text.',
  UNKNOWN: 'No product has this SKU or customer product number.',
  NOT_IN_ASSORTMENT: 'The product is not in the company assortment.',
} as const satisfies UserErrorCodeList;

export type OrdersErrorCode = keyof typeof ORDERS_ERRORS;

// A fast-order row's status as a userError code: the row statuses keep their schema names, the
// codes are the ones the cart uses for the same problem.
const CODE_OF_ROW_STATUS: Record<Exclude<FastOrderRowStatus, FastOrderRowStatus.OK>, UserErrorCode> = {
  [FastOrderRowStatus.UNKNOWN]: 'UNKNOWN',
  [FastOrderRowStatus.NOT_IN_ASSORTMENT]: 'NOT_IN_ASSORTMENT',
  [FastOrderRowStatus.NOT_AVAILABLE]: 'PRODUCT_NOT_AVAILABLE',
  [FastOrderRowStatus.INVALID_QUANTITY]: 'INVALID_QUANTITY',
  [FastOrderRowStatus.BELOW_MINIMUM]: 'BELOW_MINIMUM',
  [FastOrderRowStatus.PACK_SIZE_MISMATCH]: 'NOT_PACK_MULTIPLE',
};

export function userErrorCodeOfRow(status: FastOrderRowStatus): UserErrorCode {
  if (status === FastOrderRowStatus.OK) throw new Error('An OK fast-order row has no userError.');
  return CODE_OF_ROW_STATUS[status];
}
