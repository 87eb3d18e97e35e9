import { useCallback } from 'react';

import type { CartData } from '../../cart/model/cart-types';
import { cartFingerprint } from '../utils/cart-fingerprint';

const STORAGE_KEY = 'branchline.checkoutAttempt';

interface StoredAttempt {
  cart: string;
  key: string;
}

function readAttempt(): StoredAttempt | null {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as StoredAttempt | null;
    return parsed && typeof parsed.key === 'string' && typeof parsed.cart === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

// One idempotency key per checkout attempt, kept in sessionStorage: a double click, a retry after a network
// error or a reload re-sends the same key, so the API answers with the first order instead of a second one.
export function useCheckoutAttemptKey() {
  const keyFor = useCallback((cart: CartData): string => {
    const fingerprint = cartFingerprint(cart);
    const stored = readAttempt();
    if (stored?.cart === fingerprint) return stored.key;
    const attempt: StoredAttempt = { cart: fingerprint, key: crypto.randomUUID() };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(attempt));
    return attempt.key;
  }, []);

  // After an order was placed the next checkout is a new attempt.
  const release = useCallback(() => sessionStorage.removeItem(STORAGE_KEY), []);

  return { keyFor, release };
}
