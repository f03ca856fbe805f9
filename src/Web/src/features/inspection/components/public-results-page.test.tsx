import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';

describe('public spot-check results page', () => {
  it('opens without signing in and lists finished checks without personal data', async () => {
    const api = mockFetch({
      'GET /api/v1/inspection/spot-checks/public': () =>
        json({
          items: [
            { id: 'c-1', planName: '2026年度双随机抽查', year: 2026, institutionName: '昆区巾帼家政服务有限公司', streetName: '少先路街道', result: 'Discrepancy', checkedOn: '2026-03-05' },
          ],
          total: 1, page: 1, pageSize: 20,
        }),
    });
    const { router } = renderApp('/public/spot-checks');
    const table = await screen.findByTestId('public-results', {}, { timeout: 10_000 });
    expect(await within(table).findByText('昆区巾帼家政服务有限公司')).toBeInTheDocument();
    expect(within(table).getByText('不实')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/public/spot-checks');
    expect(api.requests('GET /api/v1/auth/me')).toHaveLength(0);
  });

  it('shows the empty state and the error state', async () => {
    mockFetch({ 'GET /api/v1/inspection/spot-checks/public': () => json({ items: [], total: 0, page: 1, pageSize: 20 }) });
    const { unmount } = renderApp('/public/spot-checks');
    expect(await screen.findByText('暂无已公示的抽查结果', {}, { timeout: 10_000 })).toBeInTheDocument();
    unmount();
    mockFetch({ 'GET /api/v1/inspection/spot-checks/public': () => json({ title: '服务暂不可用', status: 503 }, 503) });
    renderApp('/public/spot-checks');
    expect(await screen.findByText('服务暂不可用', {}, { timeout: 10_000 })).toBeInTheDocument();
  });
});
