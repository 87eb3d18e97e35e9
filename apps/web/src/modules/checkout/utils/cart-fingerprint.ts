import type { CartData } from '../../cart/model/cart-types';

// What the order would contain: a changed cart is a new checkout attempt and gets a new key.
export function cartFingerprint(cart: CartData): string {
  return [cart.id, ...cart.lines.map((line) => `${line.id}:${line.productId}:${line.quantity}`)].join('|');
}
