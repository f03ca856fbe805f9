import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { tokenStore } from '@/lib/auth';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { LoginPage } from './login-page';

function Landing() {
  return <p data-testid="landing">{useLocation().pathname}</p>;
}

function renderLogin(path = '/login') {
  return renderWithProviders(
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="*" element={<Landing />} />
    </Routes>,
    path,
  );
}

async function submit(userName = 'zhangsan', password = 'wrong-password') {
  const user = userEvent.setup();
  await user.type(screen.getByTestId('login-username'), userName);
  await user.type(screen.getByTestId('login-password'), password);
  await user.click(screen.getByTestId('login-submit'));
}

const problem = (extra: Record<string, unknown>) =>
  json({ type: 'about:blank', title: 'Unauthorized', status: 401, traceId: '00-abc-01', ...extra }, 401);

describe('login page', () => {
  it('maps invalid_credentials to 用户名或密码错误 and shows the trace id', async () => {
    mockFetch({ 'POST /api/v1/auth/login': () => problem({ code: 'invalid_credentials', detail: 'Invalid user name or password.' }) });
    renderLogin();

    await submit();

    const alert = await screen.findByTestId('login-error');
    expect(alert).toHaveTextContent('用户名或密码错误');
    expect(alert).toHaveTextContent('00-abc-01');
    expect(tokenStore.get()).toBeNull();
  });

  it('shows the lockout end in Beijing time', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () => problem({ code: 'locked_out', lockoutEnd: '2025-03-01T02:30:00+00:00' }),
    });
    renderLogin();

    await submit();

    expect(await screen.findByTestId('login-error')).toHaveTextContent('账号已被锁定，请于 2025-03-01 10:30:00（北京时间）后再试');
  });

  it('tells a disabled account so', async () => {
    mockFetch({ 'POST /api/v1/auth/login': () => problem({ code: 'disabled' }) });
    renderLogin();

    await submit();

    expect(await screen.findByTestId('login-error')).toHaveTextContent('账号已被停用');
  });

  it('shows the detail of any other problem', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () => json({ title: 'Bad Request', status: 400, detail: '请求过于频繁' }, 400),
    });
    renderLogin();

    await submit();

    expect(await screen.findByTestId('login-error')).toHaveTextContent('请求过于频繁');
  });

  it('stores the tokens and returns to the page that asked for a login', async () => {
    const { requests } = mockFetch({
      'POST /api/v1/auth/login': () => json({ accessToken: 'a-1', expiresIn: 900, refreshToken: 'r-1' }),
    });
    renderLogin('/login?returnUrl=%2Fusers%3Fpage%3D2');

    await submit('admin', 'Correct#2025');

    await waitFor(() => expect(screen.getByTestId('landing')).toHaveTextContent('/users'));
    expect(tokenStore.get()).toMatchObject({ accessToken: 'a-1', refreshToken: 'r-1' });
    expect(await requests('POST /api/v1/auth/login')[0]!.json()).toEqual({ userName: 'admin', password: 'Correct#2025' });
  });
});
