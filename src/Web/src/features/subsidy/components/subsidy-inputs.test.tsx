import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Button, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { useApply, type ApplyBody, type Calculation } from '../api/subsidy';
import { usePreview } from '../api/use-preview';
import { CalculationPreview, ItemInputs, showFieldErrors, toApplyBody, wizardField, type WizardValues } from './apply-page';

const base = { institutionId: 'i-1', year: 2026 } as const;
const month = (m: string) => dayjs(`${m}-01`);
// Valid resident ID numbers (check digit included).
const ID_A = '11010519491231002X';
const ID_B = '150203198005061234';

describe('toApplyBody for the list items', () => {
  it('sends 社保补贴 staff with category and months as YYYY-MM, normalising the ID number', () => {
    const body = toApplyBody({
      ...base,
      itemCode: 'SocialInsuranceSubsidy',
      staff: [
        { idNumber: ' 11010519491231002x ', name: ' 张三 ', category: 'HardToEmploy', fromMonth: month('2026-01'), toMonth: month('2026-06'), cost: 9 },
        { idNumber: ID_B, name: '李四', category: 'RecentGraduate', fromMonth: month('2026-03'), toMonth: month('2026-03') },
      ],
    });
    expect(body).toEqual({
      itemCode: 'SocialInsuranceSubsidy',
      ...base,
      inputs: {
        staff: [
          { idNumber: ID_A, name: '张三', category: 'HardToEmploy', fromMonth: '2026-01', toMonth: '2026-06' },
          { idNumber: ID_B, name: '李四', category: 'RecentGraduate', fromMonth: '2026-03', toMonth: '2026-03' },
        ],
      },
    });
  });

  it('returns null while a staff row is incomplete, malformed or missing', () => {
    const row = { idNumber: ID_A, name: '张三', category: 'HardToEmploy' as const, fromMonth: month('2026-01'), toMonth: month('2026-02') };
    expect(toApplyBody({ ...base, itemCode: 'SocialInsuranceSubsidy', staff: [row] })).not.toBeNull();
    expect(toApplyBody({ ...base, itemCode: 'SocialInsuranceSubsidy', staff: [] })).toBeNull();
    expect(toApplyBody({ ...base, itemCode: 'SocialInsuranceSubsidy' })).toBeNull();
    expect(toApplyBody({ ...base, itemCode: 'SocialInsuranceSubsidy', staff: [row, undefined] })).toBeNull();
    expect(toApplyBody({ ...base, itemCode: 'SocialInsuranceSubsidy', staff: [{ ...row, toMonth: null }] })).toBeNull();
    expect(toApplyBody({ ...base, itemCode: 'SocialInsuranceSubsidy', staff: [{ ...row, name: '  ' }] })).toBeNull();
    expect(toApplyBody({ ...base, itemCode: 'SocialInsuranceSubsidy', staff: [{ ...row, idNumber: '1101051949123' }] })).toBeNull();
    // 意外伤害保险补贴 needs the cost instead of the category and months.
    expect(toApplyBody({ ...base, itemCode: 'AccidentInsuranceSubsidy', staff: [row] })).toBeNull();
  });

  it('sends 意外伤害保险/健康体检补贴 staff with the cost only', () => {
    for (const itemCode of ['AccidentInsuranceSubsidy', 'HealthCheckSubsidy']) {
      expect(
        toApplyBody({ ...base, itemCode, staff: [{ idNumber: ID_B, name: '王五', cost: 120.5, category: 'HardToEmploy', fromMonth: month('2026-01') }] })?.inputs,
      ).toEqual({ staff: [{ idNumber: ID_B, name: '王五', cost: 120.5 }] });
    }
  });

  it('sends 创业担保贷款贴息 with dates as YYYY-MM-DD and the statements by month', () => {
    const loan: WizardValues = {
      ...base,
      itemCode: 'LoanInterestDiscount',
      lender: ' 包商银行 ',
      loanContractNumber: 'JK-2025-001',
      loanPrincipal: 200000,
      loanStartDate: dayjs('2025-07-01'),
      loanEndDate: dayjs('2027-06-30'),
      interestStatements: [
        { month: month('2026-01'), interestPaid: 612.5 },
        { month: month('2026-02'), interestPaid: 600 },
      ],
    };
    expect(toApplyBody(loan)?.inputs).toEqual({
      lender: '包商银行',
      loanContractNumber: 'JK-2025-001',
      loanPrincipal: 200000,
      loanStartDate: '2025-07-01',
      loanEndDate: '2027-06-30',
      interestStatements: [
        { month: '2026-01', interestPaid: 612.5 },
        { month: '2026-02', interestPaid: 600 },
      ],
    });
    expect(toApplyBody({ ...loan, interestStatements: [] })).toBeNull();
    expect(toApplyBody({ ...loan, interestStatements: [{ month: month('2026-01') }] })).toBeNull();
    expect(toApplyBody({ ...loan, loanEndDate: null })).toBeNull();
    expect(toApplyBody({ ...loan, lender: ' ' })).toBeNull();
  });

  it('sends 服务费用减免 with no inputs once the item and institution are chosen', () => {
    expect(toApplyBody({ ...base, itemCode: 'ServiceFeeReduction' })).toEqual({ itemCode: 'ServiceFeeReduction', ...base, inputs: {} });
    expect(toApplyBody({ year: 2026, itemCode: 'ServiceFeeReduction' })).toBeNull();
  });

  it('maps the server field keys to the wizard fields, list rows included', () => {
    expect(wizardField('inputs.staff[0].idNumber')).toEqual(['staff', 0, 'idNumber']);
    expect(wizardField('Inputs.InterestStatements[12].InterestPaid')).toEqual(['interestStatements', 12, 'interestPaid']);
    expect(wizardField('inputs.insuredStaff')).toEqual(['insuredStaff']);
    expect(wizardField('inputs.staff')).toEqual(['staff']);
    expect(wizardField('institutionId')).toEqual(['institutionId']);
  });
});

const socialCalculation = (body: ApplyBody): Calculation => ({
  itemCode: 'SocialInsuranceSubsidy',
  year: 2026,
  parameterVersion: 0,
  parameters: { MonthlyAmount: 300 },
  inputs: { staff: String(body.inputs.staff?.length ?? 0) },
  steps: [{ label: 'Staff 人数', value: `${body.inputs.staff?.length ?? 0} staff` }],
  eligible: true,
  reason: null,
  amount: 2700,
  period: '2026',
  subjectKeys: [],
});

/** The wizard's inputs step as ApplyPage wires it: the item's inputs, the body they make, the live preview and submission. */
function InputsHarness({ initial }: { initial: WizardValues }) {
  const [form] = Form.useForm<WizardValues>();
  const values = Form.useWatch([], form) as WizardValues | undefined;
  const body = useMemo(() => (values ? toApplyBody(values) : null), [values]);
  const preview = usePreview(body, 20);
  const apply = useApply();
  return (
    <>
      <Form form={form} initialValues={initial} preserve>
        {(['itemCode', 'institutionId', 'year'] as const).map((name) => (
          <Form.Item key={name} name={name} hidden>
            <Input />
          </Form.Item>
        ))}
        <ItemInputs itemCode={initial.itemCode} year={2026} />
      </Form>
      <Button onClick={() => body && apply.mutateAsync(body).catch((e: unknown) => showFieldErrors(form, e))}>submit</Button>
      <CalculationPreview body={body} preview={preview} />
    </>
  );
}

const fieldOf = (testId: string) => screen.getByTestId(testId).closest('.ant-form-item') as HTMLElement;

describe('social insurance rows', () => {
  it('adds a second staff row, previews the body of both and shows server errors on the right row', async () => {
    const { requests } = mockFetch({
      'POST /api/v1/subsidy/applications/preview': async (request) => json(socialCalculation((await request.json()) as ApplyBody)),
      'POST /api/v1/subsidy/applications': () =>
        json({ title: 'One or more fields are invalid.', status: 400, errors: { 'inputs.staff[1].idNumber': ['身份证号校验位错误'] } }, 400),
    });
    const first = { idNumber: ID_A, name: '张三', category: 'HardToEmploy' as const, fromMonth: month('2026-01'), toMonth: month('2026-06') };
    renderWithProviders(<InputsHarness initial={{ ...base, itemCode: 'SocialInsuranceSubsidy', staff: [first] }} />);
    const user = userEvent.setup();

    expect(await within(screen.getByTestId('wizard-preview')).findByText('1 staff')).toBeInTheDocument();
    expect(requests('POST /api/v1/subsidy/applications/preview')).toHaveLength(1);

    await user.click(screen.getByTestId('staff-add'));
    expect(screen.getByTestId('staff-row-1')).toBeInTheDocument();
    // An incomplete second row asks for no preview.
    await user.type(screen.getByTestId('staff-idNumber-1'), '1502031980');
    await user.click(screen.getByTestId('staff-idNumber-1'));
    await user.tab();
    expect(await within(fieldOf('staff-idNumber-1')).findByText('身份证号码应为18位（末位可为X）')).toBeInTheDocument();

    await user.type(screen.getByTestId('staff-idNumber-1'), '05061234');
    await user.type(screen.getByTestId('staff-name-1'), '李四');
    await user.click(within(screen.getByTestId('staff-category-1')).getByRole('combobox'));
    await user.click(await screen.findByTitle('高校毕业生'));
    for (const [testId, value] of [
      ['staff-fromMonth-1', '2026-03'],
      ['staff-toMonth-1', '2026-05'],
    ] as const) {
      const input = within(screen.getByTestId(testId).closest('.ant-picker') as HTMLElement).getByRole('textbox');
      await user.click(input);
      await user.type(input, `${value}{enter}`);
    }

    expect(await within(screen.getByTestId('wizard-preview')).findByText('2 staff')).toBeInTheDocument();
    expect(requests('POST /api/v1/subsidy/applications/preview')).toHaveLength(2);
    const sent = (await requests('POST /api/v1/subsidy/applications/preview')[1]!.json()) as ApplyBody;
    expect(sent).toEqual({
      itemCode: 'SocialInsuranceSubsidy',
      ...base,
      inputs: {
        staff: [
          { idNumber: ID_A, name: '张三', category: 'HardToEmploy', fromMonth: '2026-01', toMonth: '2026-06' },
          { idNumber: ID_B, name: '李四', category: 'RecentGraduate', fromMonth: '2026-03', toMonth: '2026-05' },
        ],
      },
    });

    await user.click(screen.getByText('submit'));
    await waitFor(() => expect(fieldOf('staff-idNumber-1')).toHaveTextContent('身份证号校验位错误'));
    expect(fieldOf('staff-idNumber-0')).not.toHaveTextContent('身份证号校验位错误');

    // Removing the row takes it out of the body.
    await user.click(screen.getByTestId('staff-remove-1'));
    expect(screen.queryByTestId('staff-row-1')).not.toBeInTheDocument();
    // The body is the first one again: its calculation comes back (from the cache, no new call).
    expect(await within(screen.getByTestId('wizard-preview')).findByText('1 staff')).toBeInTheDocument();
    expect(requests('POST /api/v1/subsidy/applications/preview')).toHaveLength(2);
  });
});

describe('staff cost rows', () => {
  it('shows the cost field for 健康体检补贴 and a list-level server error under the list', async () => {
    mockFetch({
      'POST /api/v1/subsidy/applications/preview': async (request) => json(socialCalculation((await request.json()) as ApplyBody)),
      'POST /api/v1/subsidy/applications': () =>
        json({ title: 'One or more fields are invalid.', status: 400, errors: { 'inputs.staff': ['至少填写一名人员。'] } }, 400),
    });
    renderWithProviders(<InputsHarness initial={{ ...base, itemCode: 'HealthCheckSubsidy' }} />);
    const user = userEvent.setup();
    expect(screen.getByText('体检费用（元）')).toBeInTheDocument();
    expect(screen.queryByTestId('staff-category-0')).not.toBeInTheDocument();
    await user.type(screen.getByTestId('staff-idNumber-0'), ID_B);
    await user.type(screen.getByTestId('staff-name-0'), '王五');
    await user.type(screen.getByTestId('staff-cost-0'), '150');
    expect(await within(screen.getByTestId('wizard-preview')).findByText('1 staff')).toBeInTheDocument();

    await user.click(screen.getByText('submit'));
    expect(await screen.findByText('至少填写一名人员。')).toBeInTheDocument();
  });
});
