// Cart and order setup through the API, so a scenario starts from a cart it knows.
import { randomUUID } from 'node:crypto';

import { E2eAddToCartDocument, E2eClearCartDocument, E2eSubmitOrderDocument } from '@branchline/graphql-types';

import { expectNoUserErrors, gql } from '../api';

type CartItem = { productId: string; quantity: number };

export async function clearCart(email: string): Promise<void> {
  const { clearCart: payload } = await gql(email, E2eClearCartDocument);
  expectNoUserErrors('clearCart', payload.userErrors);
}

// Places an order of exactly these items with the company's checkout defaults; the cart is empty afterwards.
export async function placeOrder(email: string, items: CartItem[]): Promise<{ id: string; number: string }> {
  await clearCart(email);
  for (const item of items) {
    const { addToCart } = await gql(email, E2eAddToCartDocument, { input: item });
    expectNoUserErrors('addToCart', addToCart.userErrors);
  }
  const { submitOrder } = await gql(email, E2eSubmitOrderDocument, { input: { idempotencyKey: randomUUID() } });
  expectNoUserErrors('submitOrder', submitOrder.userErrors);
  if (!submitOrder.order) throw new Error('submitOrder placed no order');
  return submitOrder.order;
}
