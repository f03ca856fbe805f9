import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api-client';
import { json, mockFetch } from '@/testing/fetch-mock';
import { makeUser, signIn } from '@/testing/users';
import { tokenStore } from './token-store';

const me = makeUser();
const tokens = { accessToken: 'access-2', expiresIn: 900, refreshToken: 'refresh-2' };

/** `/me` accepts only the refreshed token, as after the first access token expired. */
const meRoute = (request: Request) =>
  request.headers.get('Authorization') === 'Bearer access-2' ? json(me) : json({ title: 'Unauthorized', status: 401 }, 401);

const delayed = (response: Response) => new Promise<Response>((resolve) => setTimeout(() => resolve(response), 20));

describe('auth middleware', () => {
  it('adds the bearer token to requests', async () => {
    signIn('access-2');
    const { requests } = mockFetch({ 'GET /api/v1/auth/me': meRoute });

    const { data } = await api.GET('/api/v1/auth/me');

    expect(data).toEqual(me);
    expect(requests('GET /api/v1/auth/me')[0]?.headers.get('Authorization')).toBe('Bearer access-2');
  });

  it('refreshes once for concurrent 401s and retries every request', async () => {
    signIn('access-1', 'refresh-1');
    const { requests } = mockFetch({
      'GET /api/v1/auth/me': meRoute,
      'POST /api/v1/auth/refresh': () => delayed(json(tokens)),
    });

    const results = await Promise.all([api.GET('/api/v1/auth/me'), api.GET('/api/v1/auth/me'), api.GET('/api/v1/auth/me')]);

    expect(results.map((result) => result.data)).toEqual([me, me, me]);
    const refreshes = requests('POST /api/v1/auth/refresh');
    expect(refreshes).toHaveLength(1);
    expect(await refreshes[0]!.json()).toEqual({ refreshToken: 'refresh-1' });
    expect(requests('GET /api/v1/auth/me')).toHaveLength(6);
    expect(tokenStore.get()).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2' });
  });

  it('retries a request body after refreshing', async () => {
    signIn('access-1', 'refresh-1');
    const { requests } = mockFetch({
      'POST /api/v1/identity/users/u-9/reset-password': async (request) =>
        request.headers.get('Authorization') === 'Bearer access-2'
          ? new Response(null, { status: 204 })
          : json({ status: 401 }, 401),
      'POST /api/v1/auth/refresh': () => json(tokens),
    });

    const { response } = await api.POST('/api/v1/identity/users/{id}/reset-password', {
      params: { path: { id: 'u-9' } },
      body: { newPassword: 'Secret#2025' },
    });

    expect(response.status).toBe(204);
    const sent = requests('POST /api/v1/identity/users/u-9/reset-password');
    expect(await sent[1]!.json()).toEqual({ newPassword: 'Secret#2025' });
  });

  it('clears the tokens when the refresh fails', async () => {
    signIn('access-1', 'refresh-1');
    const { requests } = mockFetch({
      'GET /api/v1/auth/me': meRoute,
      'POST /api/v1/auth/refresh': () => json({ title: 'Unauthorized', status: 401 }, 401),
    });

    const results = await Promise.all([api.GET('/api/v1/auth/me'), api.GET('/api/v1/auth/me')]);

    expect(results.map((result) => result.response.status)).toEqual([401, 401]);
    expect(requests('POST /api/v1/auth/refresh')).toHaveLength(1);
    expect(tokenStore.get()).toBeNull();
  });

  it('does not try to refresh a failed login', async () => {
    const { requests } = mockFetch({
      'POST /api/v1/auth/login': () => json({ status: 401, code: 'invalid_credentials' }, 401),
    });

    const { error } = await api.POST('/api/v1/auth/login', { body: { userName: 'a', password: 'b' } });

    expect(error).toMatchObject({ code: 'invalid_credentials' });
    expect(requests('POST /api/v1/auth/refresh')).toHaveLength(0);
  });
});
