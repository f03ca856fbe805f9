import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { makeUser } from '@/testing/users';
import type { Settlement } from '../api/settlements';
import { SettlementsPage } from './settlements-page';

function makeSettlement(overrides: Partial<Settlement> = {}): Settlement {
  return {
    id: 's-1',
    batchId: 'b-1',
    batchName: '2020年促进就业券（第一批）',
    institutionId: 'i-1',
    institutionName: '鹿城家政',
    voucherCount: 2,
    amount: 400,
    status: 'Submitted',
    createdAt: '2020-06-01T02:00:00Z',
    createdBy: '鹿城家政',
    approvedAt: null,
    approvedBy: null,
    paidOn: null,
    paymentReference: null,
    vouchers: null,
    rejectedAt: null,
    rejectedBy: null,
    rejectionReason: null,
    ...overrides,
  } as Settlement;
}

const page = (items: Settlement[]) => json({ items, total: items.length, page: 1, pageSize: 20 });
const district = makeUser({ roles: ['DistrictOfficer'] });

describe('returning a settlement statement (结算单退回)', () => {
  it('asks for the reason, sends it, and shows the statement returned with its reason', async () => {
    let current = makeSettlement();
    const { requests } = mockFetch({
      'GET /api/v1/vouchers/settlements': () => page([current]),
      'POST /api/v1/vouchers/settlements/s-1/reject': async (request) => {
        const body = (await request.json()) as { reason: string };
        current = makeSettlement({ status: 'Rejected', rejectionReason: body.reason, rejectedBy: '区级', rejectedAt: '2020-06-02T02:00:00Z' });
        return json(current);
      },
    });
    renderWithProviders(<SettlementsPage />, '/', district);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('settlement-reject'));

    // The reason is required.
    await user.click(screen.getByTestId('settlement-reject-submit'));
    expect(await screen.findByText('必填')).toBeInTheDocument();
    expect(requests('POST /api/v1/vouchers/settlements/s-1/reject')).toHaveLength(0);

    await user.type(screen.getByTestId('settlement-reject-reason'), '  服务日期与回访记录不符 ');
    await user.click(screen.getByTestId('settlement-reject-submit'));
    await waitFor(() => expect(requests('POST /api/v1/vouchers/settlements/s-1/reject')).toHaveLength(1));
    expect(await requests('POST /api/v1/vouchers/settlements/s-1/reject')[0]!.json()).toEqual({ reason: '服务日期与回访记录不符' });

    expect(await screen.findByTestId('settlement-rejection-reason')).toHaveTextContent('服务日期与回访记录不符');
    expect(screen.getByTestId('settlement-status')).toHaveTextContent('已退回');
    expect(screen.queryByTestId('settlement-reject')).not.toBeInTheDocument();
  });

  it('offers the return on submitted and approved statements to the district only, never on paid ones', async () => {
    mockFetch({
      'GET /api/v1/vouchers/settlements': () =>
        page([makeSettlement(), makeSettlement({ id: 's-2', status: 'Approved' }), makeSettlement({ id: 's-3', status: 'Paid', paidOn: '2020-07-01', paymentReference: 'R-1' })]),
    });
    const { unmount } = renderWithProviders(<SettlementsPage />, '/', district);
    await waitFor(() => expect(screen.getAllByTestId('settlement-reject')).toHaveLength(2));
    const paidRow = screen.getByText('2020-07-01 · R-1').closest('tr') as HTMLElement;
    expect(within(paidRow).queryByTestId('settlement-reject')).not.toBeInTheDocument();
    unmount();

    renderWithProviders(<SettlementsPage />, '/', makeUser({ roles: ['InstitutionOperator'], institutionId: 'i-1', institutionIds: ['i-1'] }));
    expect(await screen.findAllByTestId('settlement-status')).toHaveLength(3);
    expect(screen.queryByTestId('settlement-reject')).not.toBeInTheDocument();
  });

  it('shows the server’s refusal in the dialog and keeps it open', async () => {
    mockFetch({
      'GET /api/v1/vouchers/settlements': () => page([makeSettlement()]),
      'POST /api/v1/vouchers/settlements/s-1/reject': () =>
        json({ title: 'Conflict', status: 409, detail: '仅未支付的结算单可以退回。', code: 'invalid_transition' }, 409),
    });
    renderWithProviders(<SettlementsPage />, '/', district);
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('settlement-reject'));
    await user.type(screen.getByTestId('settlement-reject-reason'), '金额有误');
    await user.click(screen.getByTestId('settlement-reject-submit'));
    expect(await screen.findByText('仅未支付的结算单可以退回。')).toBeInTheDocument();
    expect(screen.getByTestId('settlement-reject-submit')).toBeInTheDocument();
  });
});
