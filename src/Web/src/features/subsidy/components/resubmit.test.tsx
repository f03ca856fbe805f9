import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { makeUser } from '@/testing/users';
import type { ApplicationInputs, ApplyBody, Calculation, SubsidyApplication } from '../api/subsidy';
import { ApplicationActions } from './application-actions';
import { ApplicationDetailPage } from './application-detail-page';
import { canResubmit, returnComment, valuesFromApplication } from './resubmit-modal';

const refundCalculation = (premium: number, inputs: Record<string, string> = {}): Calculation => ({
  itemCode: 'UnemploymentInsuranceRefund',
  year: 2026,
  parameterVersion: 1,
  parameters: { RefundRate: 1, MaxLayoffRate: 0.055 },
  inputs: { insuredStaff: '100', laidOffStaff: '8', lastYearPremium: premium.toFixed(2), ...inputs },
  steps: [{ label: 'Refund 返还金额', value: `${premium.toFixed(2)}` }],
  eligible: true,
  reason: null,
  amount: premium,
  period: '2026',
  subjectKeys: [],
});

type Returned = SubsidyApplication & { inputs?: ApplicationInputs | null };

function returned(overrides: Partial<Returned> = {}): Returned {
  return {
    id: 'a-7',
    itemCode: 'UnemploymentInsuranceRefund',
    itemName: '失业保险返还',
    year: 2026,
    institutionId: 'i-own',
    institutionName: '甲家政',
    streetCode: '150203001',
    amount: 3000,
    status: 'Returned',
    parameterVersion: 1,
    breakdown: refundCalculation(3000),
    inputs: { insuredStaff: 100, laidOffStaff: 8, lastYearPremium: 3000 },
    createdAt: '2026-05-01T00:00:00Z',
    createdBy: 'op',
    paidOn: null,
    bankReference: null,
    recoveryReason: null,
    recoveredOn: null,
    recoveryReference: null,
    reviews: [
      { action: 'Submit', fromStatus: 'Submitted', toStatus: 'Submitted', comment: null, actor: 'op', at: '2026-05-01T00:00:00Z' },
      { action: 'Return', fromStatus: 'Submitted', toStatus: 'Returned', comment: '裁员人数与花名册不符，请核对。', actor: 'street', at: '2026-05-02T00:00:00Z' },
    ],
    ...overrides,
  };
}

const operator = makeUser({ roles: ['InstitutionOperator'], institutionId: 'i-own', institutionIds: ['i-own'] });

describe('who may correct and resubmit', () => {
  it('is the applicant institution’s operator and officers who may apply, only while Returned', () => {
    expect(canResubmit(returned(), operator)).toBe(true);
    expect(canResubmit(returned(), makeUser({ roles: ['StreetOfficer'], streetCode: '150203001' }))).toBe(true);
    expect(canResubmit(returned(), makeUser({ roles: ['DistrictOfficer'] }))).toBe(true);
    // Another institution's operator, and roles that may not apply.
    expect(canResubmit(returned(), makeUser({ roles: ['InstitutionOperator'], institutionId: 'i-other', institutionIds: ['i-other'] }))).toBe(false);
    expect(canResubmit(returned(), makeUser({ roles: ['Inspector'] }))).toBe(false);
    expect(canResubmit(returned(), makeUser({ roles: ['Auditor'] }))).toBe(false);
    for (const status of ['Submitted', 'StreetApproved', 'Approved', 'Rejected', 'Paid'] as const) {
      expect(canResubmit(returned({ status }), operator)).toBe(false);
    }
  });

  it('shows the button for a returned application only to a permitted user', () => {
    mockFetch({});
    const { unmount } = renderWithProviders(<ApplicationActions application={returned()} />, '/', operator);
    expect(screen.getByTestId('action-resubmit')).toHaveTextContent('修改后重新提交');
    unmount();

    const other = renderWithProviders(<ApplicationActions application={returned({ status: 'Submitted' })} />, '/', operator);
    expect(screen.queryByTestId('action-resubmit')).not.toBeInTheDocument();
    other.unmount();

    renderWithProviders(<ApplicationActions application={returned()} />, '/', makeUser({ roles: ['Auditor'] }));
    expect(screen.queryByTestId('action-resubmit')).not.toBeInTheDocument();
  });

  it('takes the latest return’s comment', () => {
    expect(returnComment(returned())).toBe('裁员人数与花名册不符，请核对。');
    expect(returnComment(returned({ reviews: [] }))).toBeNull();
  });
});

const loanApplication: Partial<Returned> = {
  itemCode: 'LoanInterestDiscount',
  breakdown: { ...refundCalculation(0), itemCode: 'LoanInterestDiscount', inputs: { lender: '包商银行' } },
  inputs: {
    lender: '包商银行',
    loanContractNumber: 'JK-1',
    loanPrincipal: 200000,
    loanStartDate: '2025-07-01',
    loanEndDate: '2027-06-30',
    interestStatements: [
      { month: '2026-01', interestPaid: 612.5 },
      { month: '2026-02', interestPaid: 600 },
    ],
  },
};

const socialApplication: Partial<Returned> = {
  itemCode: 'SocialInsuranceSubsidy',
  breakdown: { ...refundCalculation(0), itemCode: 'SocialInsuranceSubsidy', inputs: { 'staff[0]': '110105********002X 张三 HardToEmploy 2026-01–2026-06' } },
  inputs: { staff: [{ idNumber: '110105********002X', name: '张三', category: 'HardToEmploy', fromMonth: '2026-01', toMonth: '2026-06' }] },
};

describe('prefilled inputs', () => {
  it('reads the typed inputs the API returns for the loan and staff items (masked ID numbers kept to show, entered again)', () => {
    const loan = valuesFromApplication(returned(loanApplication));
    expect(loan.lender).toBe('包商银行');
    expect(loan.loanPrincipal).toBe(200000);
    expect(loan.loanStartDate?.format('YYYY-MM-DD')).toBe('2025-07-01');
    expect(loan.interestStatements?.map((s) => [s?.month?.format('YYYY-MM'), s?.interestPaid])).toEqual([
      ['2026-01', 612.5],
      ['2026-02', 600],
    ]);

    const social = valuesFromApplication(returned(socialApplication));
    const [row] = social.staff!;
    expect(row?.idNumber).toBeUndefined();
    expect(row?.maskedIdNumber).toBe('110105********002X');
    expect([row?.name, row?.category, row?.fromMonth?.format('YYYY-MM'), row?.toMonth?.format('YYYY-MM')]).toEqual([
      '张三',
      'HardToEmploy',
      '2026-01',
      '2026-06',
    ]);

    const health = valuesFromApplication(
      returned({
        itemCode: 'HealthCheckSubsidy',
        // The breakdown's text is not read: only the typed inputs are.
        breakdown: { ...refundCalculation(0), itemCode: 'HealthCheckSubsidy', inputs: { 'staff[0]': '150203********9999 别人 1.00' } },
        inputs: { staff: [{ idNumber: '150203********1234', name: '王 五', cost: 150 }] },
      }),
    );
    expect(health.staff).toEqual([{ maskedIdNumber: '150203********1234', name: '王 五', cost: 150 }]);
  });

  it('opens with the current inputs, previews the correction and sends the resubmission', async () => {
    const { requests } = mockFetch({
      'POST /api/v1/subsidy/applications/preview': async (request) => {
        const body = (await request.json()) as ApplyBody;
        return json(refundCalculation(body.inputs.lastYearPremium!, { laidOffStaff: String(body.inputs.laidOffStaff) }));
      },
      'POST /api/v1/subsidy/applications/a-7/resubmit': () => json({ ...returned(), status: 'Submitted' }),
    });
    renderWithProviders(<ApplicationActions application={returned()} />, '/', operator);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('action-resubmit'));

    expect(await screen.findByTestId('input-insuredStaff')).toHaveValue('100');
    expect(screen.getByTestId('input-laidOffStaff')).toHaveValue('8');
    expect(screen.getByTestId('input-lastYearPremium')).toHaveValue('3000.00');
    expect(await within(screen.getByTestId('wizard-preview')).findByText('Refund 返还金额')).toBeInTheDocument();

    await user.clear(screen.getByTestId('input-laidOffStaff'));
    await user.type(screen.getByTestId('input-laidOffStaff'), '5');
    await user.type(screen.getByTestId('resubmit-comment'), '已按花名册更正');
    await waitFor(() =>
      expect(requests('POST /api/v1/subsidy/applications/preview').length).toBeGreaterThanOrEqual(2),
    );
    const lastPreview = requests('POST /api/v1/subsidy/applications/preview').at(-1)!;
    expect(((await lastPreview.json()) as ApplyBody).inputs.laidOffStaff).toBe(5);

    await user.click(screen.getByTestId('resubmit-submit'));
    await waitFor(() => expect(requests('POST /api/v1/subsidy/applications/a-7/resubmit')).toHaveLength(1));
    expect(await requests('POST /api/v1/subsidy/applications/a-7/resubmit')[0]!.json()).toEqual({
      inputs: { insuredStaff: 100, laidOffStaff: 5, lastYearPremium: 3000 },
      comment: '已按花名册更正',
    });
    await waitFor(() => expect(screen.queryByTestId('resubmit-submit')).not.toBeInTheDocument());
  });

  it('prefills the staff rows without the masked ID numbers and asks for them again', async () => {
    mockFetch({ 'POST /api/v1/subsidy/applications/preview': () => json(refundCalculation(0)) });
    renderWithProviders(<ApplicationActions application={returned(socialApplication)} />, '/', operator);
    await userEvent.setup().click(screen.getByTestId('action-resubmit'));
    expect(await screen.findByTestId('staff-name-0')).toHaveValue('张三');
    expect(screen.getByTestId('staff-idNumber-0')).toHaveValue('');
    await waitFor(() => expect(screen.getByTestId('staff-idNumber-0')).toHaveAttribute('placeholder', '110105********002X'));
    expect(screen.queryByTestId('staff-row-1')).not.toBeInTheDocument();
    expect(screen.getByText('身份证号码已脱敏保存，请重新填写各人员的身份证号码')).toBeInTheDocument();
    expect(screen.getByTestId('resubmit-submit')).toBeDisabled();
  });

  it('prefills the loan with its repayment statements and sends them back as they were', async () => {
    const { requests } = mockFetch({
      'POST /api/v1/subsidy/applications/preview': () => json(refundCalculation(0)),
      'POST /api/v1/subsidy/applications/a-7/resubmit': () => json(returned({ status: 'Submitted' })),
    });
    const loan = returned(loanApplication);
    renderWithProviders(<ApplicationActions application={loan} />, '/', operator);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('action-resubmit'));
    expect(await screen.findByTestId('input-lender')).toHaveValue('包商银行');
    expect(await screen.findByTestId('statement-interest-1')).toHaveValue('600.00');
    expect(await within(screen.getByTestId('wizard-preview')).findByText('Refund 返还金额')).toBeInTheDocument();
    await user.click(screen.getByTestId('resubmit-submit'));
    await waitFor(() => expect(requests('POST /api/v1/subsidy/applications/a-7/resubmit')).toHaveLength(1));
    expect(await requests('POST /api/v1/subsidy/applications/a-7/resubmit')[0]!.json()).toEqual({
      inputs: {
        lender: '包商银行',
        loanContractNumber: 'JK-1',
        loanPrincipal: 200000,
        loanStartDate: '2025-07-01',
        loanEndDate: '2027-06-30',
        interestStatements: [
          { month: '2026-01', interestPaid: 612.5 },
          { month: '2026-02', interestPaid: 600 },
        ],
      },
    });
  });

  it('shows the server’s field errors on the fields and keeps the dialog open', async () => {
    mockFetch({
      'POST /api/v1/subsidy/applications/preview': async () => json(refundCalculation(3000)),
      'POST /api/v1/subsidy/applications/a-7/resubmit': () =>
        json({ title: 'One or more fields are invalid.', status: 400, errors: { 'inputs.laidOffStaff': ['不能超过参保职工人数。'] } }, 400),
    });
    renderWithProviders(<ApplicationActions application={returned()} />, '/', operator);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('action-resubmit'));
    expect(await within(screen.getByTestId('wizard-preview')).findByText('Refund 返还金额')).toBeInTheDocument();
    await user.click(screen.getByTestId('resubmit-submit'));
    const field = screen.getByTestId('input-laidOffStaff').closest('.ant-form-item') as HTMLElement;
    await waitFor(() => expect(field).toHaveTextContent('不能超过参保职工人数。'));
    expect(screen.getByTestId('resubmit-submit')).toBeInTheDocument();
  });
});

describe('application detail of a returned application', () => {
  const page = (
    <Routes>
      <Route path="/subsidy/applications/:id" element={<ApplicationDetailPage />} />
    </Routes>
  );

  it('shows the return comment prominently with the resubmit action, and refreshes after resubmitting', async () => {
    let status: SubsidyApplication['status'] = 'Returned';
    const { requests } = mockFetch({
      'GET /api/v1/subsidy/applications/a-7': () => json(returned({ status })),
      'POST /api/v1/subsidy/applications/preview': () => json(refundCalculation(3000)),
      'POST /api/v1/subsidy/applications/a-7/resubmit': () => {
        status = 'Submitted';
        return json(returned({ status }));
      },
    });
    renderWithProviders(page, '/subsidy/applications/a-7', operator);
    expect(await screen.findByTestId('return-comment')).toHaveTextContent('裁员人数与花名册不符，请核对。');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('action-resubmit'));
    expect(await within(screen.getByTestId('wizard-preview')).findByText('Refund 返还金额')).toBeInTheDocument();
    await user.click(screen.getByTestId('resubmit-submit'));

    await waitFor(() => expect(screen.queryByTestId('return-comment')).not.toBeInTheDocument());
    expect(screen.queryByTestId('action-resubmit')).not.toBeInTheDocument();
    expect(requests('GET /api/v1/subsidy/applications/a-7').length).toBeGreaterThanOrEqual(2);
  });

  it('shows neither the comment nor the action on a submitted application', async () => {
    mockFetch({ 'GET /api/v1/subsidy/applications/a-7': () => json(returned({ status: 'Submitted' })) });
    renderWithProviders(page, '/subsidy/applications/a-7', operator);
    expect(await screen.findByTestId('detail-amount')).toBeInTheDocument();
    expect(screen.queryByTestId('return-comment')).not.toBeInTheDocument();
    expect(screen.queryByTestId('action-resubmit')).not.toBeInTheDocument();
  });
});
