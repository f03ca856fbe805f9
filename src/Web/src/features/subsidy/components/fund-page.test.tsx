import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import type { Fund } from '../api/subsidy';
import { FundPage } from './fund-page';

vi.mock('echarts-for-react', () => ({ default: () => <div data-testid="fund-chart" /> }));

const item = (itemCode: string, itemName: string, allocated: number, reserved: number, paid: number, recovered: number) => ({
  itemCode,
  itemName,
  allocated,
  reserved,
  paid,
  recovered,
  available: allocated - reserved - paid,
  balanced: true,
});

const fund: Fund = {
  year: 2026,
  items: [item('UnemploymentInsuranceRefund', '失业保险返还', 300000, 12345.6, 20000, 500), item('Award', '奖补资金', 1000000, 0, 0, 0)],
  allocated: 1300000,
  reserved: 12345.6,
  paid: 20000,
  recovered: 500,
  available: 1267654.4,
  balanced: true,
};

describe('fund page', () => {
  it('shows each item’s figures, the balance check, the chart and the ledger', async () => {
    mockFetch({
      'GET /api/v1/subsidy/funds/2026': () => json(fund),
      'GET /api/v1/subsidy/funds/2026/ledger': () =>
        json({
          items: [
            { id: 1, year: 2026, itemCode: 'Award', kind: 'Allocate', amount: 1000000, applicationId: null, note: '年度下达', actor: 'admin', at: '2026-01-05T02:00:00Z' },
          ],
          total: 1,
          page: 1,
          pageSize: 20,
        }),
    });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-06-01T00:00:00Z'));
    renderWithProviders(<FundPage />);

    expect(await screen.findByTestId('fund-UnemploymentInsuranceRefund-reserved')).toHaveTextContent('12345.60');
    expect(screen.getByTestId('fund-UnemploymentInsuranceRefund-available')).toHaveTextContent('267654.40');
    expect(screen.getByTestId('fund-balanced')).toHaveTextContent('台账平衡');
    expect(screen.getByTestId('fund-chart')).toBeInTheDocument();
    const ledger = screen.getByTestId('ledger-table');
    expect(await within(ledger).findByText('资金下达/调整')).toBeInTheDocument();
    expect(within(ledger).getByText('奖补资金')).toBeInTheDocument();
    vi.useRealTimers();
  });
});
