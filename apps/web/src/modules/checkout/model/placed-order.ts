import type { ApolloCache } from '@apollo/client';
import type { SubmitOrderPayloadFieldsFragment } from '@branchline/graphql-types';
import { CartDocument } from '@branchline/graphql-types';

import type { UserErrorItem } from '../../../lib/user-errors';

export type CheckoutResult =
  { ok: true; orderId: string; orderNumber: string; replayed: boolean } | { ok: false; userErrors: UserErrorItem[] };

// Route state for the order page, which greets a freshly placed order.
export interface PlacedOrderState {
  placedOrder: { number: string; replayed: boolean };
}

export function toCheckoutResult(payload: SubmitOrderPayloadFieldsFragment | undefined): CheckoutResult {
  if (!payload) return { ok: false, userErrors: [] };
  if (payload.order && payload.userErrors.length === 0) {
    return { ok: true, orderId: payload.order.id, orderNumber: payload.order.number, replayed: payload.replayed };
  }
  return { ok: false, userErrors: payload.userErrors };
}

// A placed order empties the cart and changes order lists and cockpit figures: refetch what depends on it.
export const AFTER_ORDER_REFETCH = [CartDocument];

export function forgetOrderLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'orders' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'cockpit' });
  cache.gc();
}
