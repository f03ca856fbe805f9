import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { makeUser } from '@/testing/users';
import type { ApplyBody, BulkReviewResult, Calculation, SubsidyApplication } from '../api/subsidy';
import { usePreview } from '../api/use-preview';
import { ApplicationActions, availableActions } from './application-actions';
import { CalculationPreview, toApplyBody } from './apply-page';
import { BulkResults, BulkReviewBar } from './bulk-review';

const calculation = (amount: number, overrides: Partial<Calculation> = {}): Calculation => ({
  itemCode: 'UnemploymentInsuranceRefund',
  year: 2026,
  parameterVersion: 0,
  parameters: { RefundRate: 1, MaxLayoffRate: 0.055 },
  inputs: { insuredStaff: '100', laidOffStaff: '2', lastYearPremium: amount.toFixed(2) },
  steps: [
    { label: 'Layoff rate 裁员率', value: '2 / 100 = 2.00%' },
    { label: 'Refund 返还金额', value: `${amount.toFixed(2)} × 100% = ${amount.toFixed(2)}` },
  ],
  eligible: true,
  reason: null,
  amount,
  period: '2026',
  subjectKeys: [],
  ...overrides,
});

const refund = (premium: number): ApplyBody => ({
  itemCode: 'UnemploymentInsuranceRefund',
  year: 2026,
  institutionId: 'i-1',
  inputs: { insuredStaff: 100, laidOffStaff: 2, lastYearPremium: premium },
});

function PreviewHarness({ initial }: { initial: ApplyBody | null }) {
  const [body, setBody] = useState<ApplyBody | null>(initial);
  const preview = usePreview(body, 50);
  return (
    <>
      <button type="button" onClick={() => setBody((b) => refund((b?.inputs.lastYearPremium ?? 0) + 1))}>
        type
      </button>
      <CalculationPreview body={body} preview={preview} />
    </>
  );
}

function makeApplication(id: string, institutionName: string): SubsidyApplication {
  return {
    id,
    itemCode: 'UnemploymentInsuranceRefund',
    itemName: '失业保险返还',
    year: 2026,
    institutionId: `i-${id}`,
    institutionName,
    streetCode: '150203001',
    amount: 300,
    status: 'Submitted',
    parameterVersion: 0,
    breakdown: calculation(300),
    createdAt: '2026-05-01T00:00:00Z',
    createdBy: 'op',
    paidOn: null,
    bankReference: null,
    recoveryReason: null,
    recoveredOn: null,
    recoveryReference: null,
    reviews: [],
  };
}

describe('application wizard', () => {
  it('asks for a preview only when the chosen item has all its inputs', () => {
    expect(toApplyBody({ itemCode: 'UnemploymentInsuranceRefund', institutionId: 'i-1', year: 2026, insuredStaff: 10, laidOffStaff: 0 })).toBeNull();
    expect(toApplyBody({ itemCode: 'Award', institutionId: 'i-1', year: 2026, awardCategory: 'BrandTitle' })).toBeNull();
    expect(toApplyBody({ itemCode: 'Award', year: 2026, awardCategory: 'BrandTitle', requestedAmount: 5 })).toBeNull();
    expect(
      toApplyBody({ itemCode: 'UnemploymentInsuranceRefund', institutionId: 'i-1', year: 2026, insuredStaff: 10, laidOffStaff: 0, lastYearPremium: 99.5 }),
    ).toEqual({ itemCode: 'UnemploymentInsuranceRefund', year: 2026, institutionId: 'i-1', inputs: { insuredStaff: 10, laidOffStaff: 0, lastYearPremium: 99.5 } });
    // Only the item's own inputs are sent.
    expect(toApplyBody({ itemCode: 'Award', institutionId: 'i-1', year: 2026, awardCategory: 'BrandTitle', requestedAmount: 5, insuredStaff: 3 })?.inputs).toEqual({
      awardCategory: 'BrandTitle',
      requestedAmount: 5,
    });
  });

  it('shows a hint and calls nothing while the inputs are incomplete', async () => {
    const { fetchMock } = mockFetch({});
    renderWithProviders(<PreviewHarness initial={null} />);
    expect(screen.getByText('填写申报数据后将自动测算')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 120));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('debounces typing into one preview call and shows the breakdown it returns', async () => {
    const { requests } = mockFetch({
      'POST /api/v1/subsidy/applications/preview': async (request) => {
        const body = (await request.json()) as ApplyBody;
        return json(calculation(body.inputs.lastYearPremium!));
      },
    });
    renderWithProviders(<PreviewHarness initial={refund(100)} />);
    const preview = screen.getByTestId('wizard-preview');
    expect(await within(preview).findByText('100.00')).toBeInTheDocument();
    expect(within(preview).getByText('Layoff rate 裁员率')).toBeInTheDocument();
    expect(within(preview).getByTestId('breakdown-eligible')).toHaveTextContent('符合条件');

    const user = userEvent.setup();
    await user.click(screen.getByText('type'));
    await user.click(screen.getByText('type'));
    await user.click(screen.getByText('type'));
    expect(await within(preview).findByText('103.00')).toBeInTheDocument();
    // The first body, then only the last of three quick changes.
    expect(requests('POST /api/v1/subsidy/applications/preview')).toHaveLength(2);
  });

  it('explains an ineligible result and shows the field errors of a refused preview', async () => {
    let call = 0;
    mockFetch({
      'POST /api/v1/subsidy/applications/preview': () =>
        ++call === 1
          ? json(calculation(0, { eligible: false, reason: '裁员率 6.00% 高于 5.50%，不符合条件。' }))
          : json({ title: 'One or more fields are invalid.', status: 400, errors: { 'inputs.laidOffStaff': ['不能超过参保职工人数。'] } }, 400),
    });
    renderWithProviders(<PreviewHarness initial={refund(100)} />);
    expect(await screen.findByTestId('breakdown-reason')).toHaveTextContent('裁员率 6.00% 高于 5.50%');
    expect(screen.getByTestId('breakdown-eligible')).toHaveTextContent('不符合条件');

    await userEvent.setup().click(screen.getByText('type'));
    expect(await screen.findByText('不能超过参保职工人数。')).toBeInTheDocument();
  });
});

describe('bulk review', () => {
  const selected = [makeApplication('a-1', '甲家政'), makeApplication('a-2', '乙家政')];

  it('sends the selection with the action and comment, and hands back the per-item results', async () => {
    const result: BulkReviewResult = {
      items: [
        { id: 'a-1', ok: true, status: 'StreetApproved' },
        { id: 'a-2', ok: false, status: 'Submitted', problem: { status: 403, code: 'forbidden', detail: '不能审核本人提交的申请。' } },
      ],
      succeeded: 1,
      failed: 1,
    };
    const { requests } = mockFetch({ 'POST /api/v1/subsidy/applications/bulk-review': () => json(result) });
    let done: BulkReviewResult | null = null;
    renderWithProviders(<BulkReviewBar selected={selected} onDone={(r) => (done = r)} />);
    const user = userEvent.setup();
    expect(screen.getByTestId('bulk-selected')).toHaveTextContent('已选 2 件');

    await user.click(screen.getByTestId('bulk-approve'));
    await user.type(await screen.findByTestId('bulk-comment'), '材料齐全');
    await user.click(screen.getByTestId('bulk-submit'));

    await waitFor(() => expect(done).toEqual(result));
    const [request] = requests('POST /api/v1/subsidy/applications/bulk-review');
    expect(await request!.json()).toEqual({ ids: ['a-1', 'a-2'], action: 'Approve', comment: '材料齐全' });
  });

  it('requires a comment to return or reject and sends nothing without one', async () => {
    const { fetchMock } = mockFetch({});
    renderWithProviders(<BulkReviewBar selected={selected} onDone={() => undefined} />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('bulk-reject'));
    await user.click(await screen.findByTestId('bulk-submit'));
    expect(await screen.findByText('退回或不予通过须填写意见')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('disables the actions when nothing is selected', () => {
    mockFetch({});
    renderWithProviders(<BulkReviewBar selected={[]} onDone={() => undefined} />);
    expect(screen.getByTestId('bulk-approve')).toBeDisabled();
  });

  it('lists the items that were not done with the reason, by institution', () => {
    mockFetch({});
    renderWithProviders(
      <BulkResults
        result={{
          items: [
            { id: 'a-1', ok: true, status: 'Approved' },
            { id: 'a-2', ok: false, status: 'StreetApproved', problem: { status: 409, code: 'fund_exhausted', detail: '该项目本年度专项资金余额不足。' } },
          ],
          succeeded: 1,
          failed: 1,
        }}
        names={{ 'a-1': '甲家政', 'a-2': '乙家政' }}
        onClose={() => undefined}
      />,
    );
    const results = screen.getByTestId('bulk-results');
    expect(results).toHaveTextContent('成功 1 件，未处理 1 件');
    expect(within(results).getByText('乙家政')).toBeInTheDocument();
    expect(within(results).getByText('该项目本年度专项资金余额不足。')).toBeInTheDocument();
    expect(within(results).queryByText('甲家政')).not.toBeInTheDocument();
  });
});

describe('application actions', () => {
  it('offers each role only its own steps of the workflow', () => {
    const street = makeUser({ roles: ['StreetOfficer'] });
    const district = makeUser({ roles: ['DistrictOfficer'] });
    const operator = makeUser({ roles: ['InstitutionOperator'] });
    expect(availableActions('Submitted', street)).toEqual(['street-approve', 'return', 'reject']);
    expect(availableActions('StreetApproved', street)).toEqual([]);
    expect(availableActions('StreetApproved', district)).toEqual(['district-approve', 'return', 'reject']);
    expect(availableActions('Approved', district)).toEqual(['pay', 'reject']);
    expect(availableActions('Paid', district)).toEqual(['recovery']);
    expect(availableActions('RecoveryOrdered', district)).toEqual(['recovery/complete']);
    expect(availableActions('Recovered', district)).toEqual([]);
    expect(availableActions('Submitted', operator)).toEqual([]);
  });
});

describe('payment dialog', () => {
  it('records the payment with today’s date and the bank reference', async () => {
    const approved = { ...makeApplication('a-9', '丙家政'), status: 'Approved' as const };
    const { requests } = mockFetch({
      'POST /api/v1/subsidy/applications/a-9/pay': () => json({ ...approved, status: 'Paid' }),
    });
    renderWithProviders(<ApplicationActions application={approved} />, '/', makeUser({ roles: ['DistrictOfficer'] }));
    const user = userEvent.setup();
    await user.click(screen.getByTestId('action-pay'));
    await user.type(await screen.findByTestId('pay-reference'), 'KDL-BK-1');
    await user.click(screen.getByTestId('action-submit'));

    await waitFor(() => expect(requests('POST /api/v1/subsidy/applications/a-9/pay')).toHaveLength(1));
    const body = await requests('POST /api/v1/subsidy/applications/a-9/pay')[0]!.json();
    expect(body.bankReference).toBe('KDL-BK-1');
    expect(body.paidOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
