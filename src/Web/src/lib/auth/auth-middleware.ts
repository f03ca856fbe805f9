import type { Middleware } from 'openapi-fetch';
import type { AuthTokens } from './token-store';

export interface TokenSource {
  get(): AuthTokens | null;
  set(tokens: AuthTokens): void;
  clear(): void;
}

export interface AuthMiddlewareOptions {
  store: TokenSource;
  /** Exchanges a refresh token for new tokens; null (or a throw) when the session is over. */
  refresh: (refreshToken: string) => Promise<AuthTokens | null>;
  /** Schema paths that neither carry a bearer token nor trigger a refresh. */
  anonymousPaths?: readonly string[];
}

const bearer = (token: string) => `Bearer ${token}`;

/**
 * Adds `Authorization: Bearer` and, on a 401, refreshes the tokens once — concurrent 401s share one
 * refresh — and retries the request. When the refresh fails the tokens are cleared.
 */
export function createAuthMiddleware({ store, refresh, anonymousPaths = [] }: AuthMiddlewareOptions): Middleware {
  const retryable = new WeakMap<Request, Request>();
  let pending: Promise<AuthTokens | null> | null = null;

  function refreshOnce(refreshToken: string): Promise<AuthTokens | null> {
    pending ??= refresh(refreshToken)
      .catch(() => null)
      .then((tokens) => {
        if (tokens) store.set(tokens);
        else store.clear();
        return tokens;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  }

  async function freshTokens(usedHeader: string | null): Promise<AuthTokens | null> {
    const current = store.get();
    if (!current) return null;
    if (usedHeader !== bearer(current.accessToken)) return current;
    return refreshOnce(current.refreshToken);
  }

  return {
    onRequest({ request, schemaPath }) {
      const tokens = store.get();
      if (!tokens || anonymousPaths.includes(schemaPath)) return undefined;
      request.headers.set('Authorization', bearer(tokens.accessToken));
      retryable.set(request, request.clone());
      return request;
    },
    async onResponse({ request, response, options }) {
      const original = retryable.get(request);
      if (response.status !== 401 || !original) return undefined;
      retryable.delete(request);
      const tokens = await freshTokens(request.headers.get('Authorization'));
      if (!tokens) return undefined;
      original.headers.set('Authorization', bearer(tokens.accessToken));
      return options.fetch(original);
    },
  };
}
