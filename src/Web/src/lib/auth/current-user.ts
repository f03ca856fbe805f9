import { createContext, useContext } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api-client';
import type { CurrentUser } from './access';
import { useAuthTokens } from './use-auth-tokens';

export const currentUserQueryKey = ['auth', 'me'] as const;

export function useCurrentUserQuery() {
  const tokens = useAuthTokens();
  return useQuery({
    queryKey: currentUserQueryKey,
    queryFn: () => unwrap(api.GET('/api/v1/auth/me')),
    enabled: tokens !== null,
    staleTime: 5 * 60_000,
  });
}

export const CurrentUserContext = createContext<CurrentUser | null>(null);

/** The signed-in user; only for components rendered behind the authentication guard. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser must be used inside the authenticated layout');
  return user;
}
