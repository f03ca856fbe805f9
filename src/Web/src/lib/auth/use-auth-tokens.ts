import { useSyncExternalStore } from 'react';
import { tokenStore, type AuthTokens } from './token-store';

export function useAuthTokens(): AuthTokens | null {
  return useSyncExternalStore(tokenStore.subscribe, tokenStore.get, tokenStore.get);
}
