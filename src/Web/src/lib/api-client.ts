import createClient from 'openapi-fetch';
import type { paths } from './api-types';
import { createAuthMiddleware } from './auth/auth-middleware';
import { toAuthTokens, tokenStore } from './auth/token-store';
import { ApiError, toProblem } from './problem-details';

const baseUrl = typeof location === 'undefined' ? '' : location.origin;
// Resolve `fetch` at call time so tests can stub the global.
const fetchViaGlobal = (request: Request) => globalThis.fetch(request);

const anonymousClient = createClient<paths>({ baseUrl, fetch: fetchViaGlobal });

async function refreshTokens(refreshToken: string) {
  const { data, response } = await anonymousClient.POST('/api/v1/auth/refresh', { body: { refreshToken } });
  return response.ok && data ? toAuthTokens(data) : null;
}

export const api = createClient<paths>({ baseUrl, fetch: fetchViaGlobal });

api.use(
  createAuthMiddleware({
    store: tokenStore,
    refresh: refreshTokens,
    anonymousPaths: ['/api/v1/auth/login', '/api/v1/auth/refresh'],
  }),
);

interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** Returns the body of a successful response; throws an {@link ApiError} carrying the ProblemDetails otherwise. */
export async function unwrap<R extends FetchResult>(result: Promise<R>): Promise<Exclude<R['data'], undefined>> {
  const { data, error, response } = await result;
  if (!response.ok) throw new ApiError(response.status, toProblem(response.status, error));
  return data as Exclude<R['data'], undefined>;
}
