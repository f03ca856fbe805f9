import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { captureDownloads, xlsx } from '@/testing/download';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

const form = {
  kind: 'vouchers', title: '昆都仑区促进就业券发放使用情况统计表', reportingUnit: '昆都仑区人力资源和社会保障局（就业服务中心）',
  period: '2026年', scope: '全区（昆都仑区）', filledBy: '区级管理员', filledOn: '2026-11-27',
  sections: [
    {
      title: '二、按街道（镇）', columns: ['街道（镇）', '数量', '金额（元）'],
      rows: [{ label: '少先路街道', values: [2, 400] }, { label: '沼潭街道', values: [1, 200] }],
      total: { label: '合计', values: [3, 600] }, note: null,
    },
  ],
};

describe('report forms', () => {
  it('renders the form in the official layout and exports it for the chosen quarter', async () => {
    signIn();
    const downloads = captureDownloads();
    const { requests } = mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
      'GET /api/v1/reports/industry-basics': () => json({ ...form, kind: 'industry-basics' }),
      'GET /api/v1/reports/industry-basics/xlsx': () => xlsx('report-industry-basics-20261127.xlsx'),
    });
    renderApp('/reports');
    const report = await screen.findByTestId('report-form', {}, { timeout: 10_000 });
    expect(within(report).getByText('昆都仑区促进就业券发放使用情况统计表')).toBeInTheDocument();
    expect(within(report).getByText('填报单位：昆都仑区人力资源和社会保障局（就业服务中心）')).toBeInTheDocument();
    expect(within(report).getByText('合计')).toBeInTheDocument();
    expect(within(report).getByText('600.00')).toBeInTheDocument();
    expect(within(report).getByText('填表人：区级管理员')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByText('季度'));
    await waitFor(() => expect(new URL(requests('GET /api/v1/reports/industry-basics').at(-1)!.url).searchParams.has('quarter')).toBe(true));
    await user.click(screen.getByTestId('export-report'));
    await waitFor(() => expect(downloads).toEqual(['report-industry-basics-20261127.xlsx']));
    const url = new URL(requests('GET /api/v1/reports/industry-basics/xlsx')[0]!.url);
    expect(url.searchParams.get('quarter')).toMatch(/^[1-4]$/);
    expect(url.searchParams.get('year')).toBe(String(new Date().getFullYear()));
  });

  it('exports the voucher work ledger for the chosen period', async () => {
    signIn();
    const downloads = captureDownloads();
    const { requests } = mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['StreetOfficer'] })),
      'GET /api/v1/reports/industry-basics': () => json(form),
      'GET /api/v1/vouchers/statistics/ledger/xlsx': () => xlsx('voucher-ledger-20261127.xlsx'),
    });
    renderApp('/reports');
    await screen.findByTestId('report-form', {}, { timeout: 10_000 });
    await userEvent.setup().click(screen.getByTestId('export-voucher-ledger'));
    await waitFor(() => expect(downloads).toEqual(['voucher-ledger-20261127.xlsx']));
    expect(new URL(requests('GET /api/v1/vouchers/statistics/ledger/xlsx')[0]!.url).searchParams.get('year')).toBe(String(new Date().getFullYear()));
  });

  it('shows an error with a retry when the report fails', async () => {
    signIn();
    mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['StreetOfficer'] })),
      'GET /api/v1/reports/industry-basics': () => json({ title: 'Server error', status: 500 }, 500),
    });
    renderApp('/reports');
    expect(await screen.findByRole('button', { name: /重\s*试/ }, { timeout: 10_000 })).toBeInTheDocument();
  });
});
