import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PageError } from '@/components/page-error';
import { PageLoading } from '@/components/page-loading';
import { CurrentUserContext, loginPath, tokenStore, useAuthTokens, useCurrentUserQuery } from '@/lib/auth';

/**
 * Sends anonymous visitors to the login page; a session that could not be refreshed comes back to
 * where it was after signing in again, an explicit sign-out does not.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const tokens = useAuthTokens();
  const location = useLocation();
  const me = useCurrentUserQuery();

  if (!tokens) return <Navigate to={tokenStore.wasSignedOut() ? '/login' : loginPath(location)} replace />;
  if (me.isError) return <PageError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <PageLoading />;
  return <CurrentUserContext.Provider value={me.data}>{children}</CurrentUserContext.Provider>;
}
