import { useSyncExternalStore } from 'react';

import { getSessionTokens, subscribeSessionTokens } from '../../../lib/auth-tokens';

export function useHasSession(): boolean {
  return useSyncExternalStore(subscribeSessionTokens, () => getSessionTokens() !== null);
}
