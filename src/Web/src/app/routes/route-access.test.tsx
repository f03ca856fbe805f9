import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, noContent } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

describe('routes', () => {
  it('sends an anonymous visitor to the login page with a return URL', async () => {
    mockFetch({});
    const { router } = renderApp('/audit?page=2');

    expect(await screen.findByTestId('login-submit')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe(`?returnUrl=${encodeURIComponent('/audit?page=2')}`);
  });

  it('hides pages an auditor may not open and answers 403 when visited', async () => {
    signIn();
    mockFetch({ 'GET /api/v1/auth/me': () => json(makeUser({ roles: ['Auditor'], displayName: '李审计' })) });
    renderApp('/users');

    expect(await screen.findByText('无权访问')).toBeInTheDocument();
    const menu = screen.getByTestId('side-menu');
    expect(within(menu).getByText('审计日志')).toBeInTheDocument();
    expect(within(menu).queryByText('用户管理')).not.toBeInTheDocument();
    expect(within(menu).queryByText('接口客户端')).not.toBeInTheDocument();
    expect(screen.getByTestId('user-menu')).toHaveTextContent('李审计');
  });

  it('goes to the login page when the session cannot be refreshed', async () => {
    signIn();
    mockFetch({
      'GET /api/v1/auth/me': () => json({ status: 401 }, 401),
      'POST /api/v1/auth/refresh': () => json({ status: 401 }, 401),
    });
    const { router } = renderApp('/clients');

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe('?returnUrl=%2Fclients');
  });

  it('signs out: revokes the refresh token and lands on a plain login page', async () => {
    signIn('access-1', 'refresh-1');
    const { requests } = mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser()),
      'POST /api/v1/auth/logout': () => noContent(),
    });
    const { router } = renderApp('/');
    const user = userEvent.setup();

    await user.click(await screen.findByTestId('user-menu'));
    await user.click(await screen.findByTestId('logout'));

    expect(await screen.findByTestId('login-submit')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('');
    expect(localStorage.getItem('jiafu.auth')).toBeNull();
    expect(await requests('POST /api/v1/auth/logout')[0]!.json()).toEqual({ refreshToken: 'refresh-1' });
  });
});
