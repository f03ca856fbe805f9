import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { captureDownloads, xlsx } from '@/testing/download';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

const trainingRow = {
  number: 1, classId: 'c1', startDate: '2026-04-01', endDate: '2026-04-20', className: '测试一班', programme: '岗前培训', category: '岗前培训',
  provider: '测试机构', streetCode: '150203001', streetName: '少先路街道', hours: 40, capacity: 30, enrolled: 2, completed: 2, certified: 1, status: '已结业',
};

describe('work ledgers', () => {
  it('lists the chosen ledger for the period, pages it and exports it', async () => {
    signIn();
    const downloads = captureDownloads();
    const { requests } = mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
      'GET /api/v1/training/statistics/ledger': () => json({ items: [trainingRow], total: 1, page: 1, pageSize: 20 }),
      'GET /api/v1/inspection/statistics/ledger': () => json({ items: [], total: 0, page: 1, pageSize: 20 }),
      'GET /api/v1/inspection/statistics/ledger/xlsx': () => xlsx('inspection-ledger-20261128.xlsx'),
    });
    renderApp('/ledgers');
    const table = await screen.findByTestId('ledger-table', {}, { timeout: 10_000 });
    expect(await within(table).findByText('测试一班')).toBeInTheDocument();
    expect(within(table).getByText('少先路街道')).toBeInTheDocument();
    expect(new URL(requests('GET /api/v1/training/statistics/ledger')[0]!.url).searchParams.get('year')).toBe(String(new Date().getFullYear()));

    const user = userEvent.setup();
    await user.click(screen.getByText('季度'));
    await waitFor(() => expect(new URL(requests('GET /api/v1/training/statistics/ledger').at(-1)!.url).searchParams.has('quarter')).toBe(true));
    await user.click(within(screen.getByTestId('ledger-kind')).getByRole('combobox'));
    await user.click((await screen.findAllByText('检查台账')).at(-1)!);
    expect(await within(screen.getByTestId('ledger-table')).findByText('本期没有台账记录')).toBeInTheDocument();
    await user.click(screen.getByTestId('export-ledger'));
    await waitFor(() => expect(downloads).toEqual(['inspection-ledger-20261128.xlsx']));
    expect(new URL(requests('GET /api/v1/inspection/statistics/ledger/xlsx')[0]!.url).searchParams.get('quarter')).toMatch(/^[1-4]$/);
  });

  it('shows an error with a retry when the ledger fails', async () => {
    signIn();
    mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
      'GET /api/v1/training/statistics/ledger': () => json({ title: 'boom', status: 500 }, 500),
    });
    renderApp('/ledgers');
    expect(await screen.findByRole('button', { name: /重\s*试/ }, { timeout: 10_000 })).toBeInTheDocument();
  });
});
