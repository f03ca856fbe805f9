import { Alert, Button, Card, Col, DatePicker, Empty, Flex, Form, Input, InputNumber, Row, Select, Spin, Steps, message } from 'antd';
import type { FormInstance } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { problemOf } from '@/lib/problem-details';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useLocale, useT } from '@/lib/i18n';
import { toIsoDate } from '@/lib/dates';
import {
  chinaYear,
  useApply,
  useInstitutionOptions,
  usePolicies,
  type ApplicationInputs,
  type ApplyBody,
  type InterestStatementInput,
  type StaffCategory,
  type StaffMemberInput,
} from '../api/subsidy';
import { usePreview } from '../api/use-preview';
import { subsidyMessages } from '../locales';
import { BreakdownTable } from './breakdown-table';

/** The input fields each item takes (the API's `inputs`); 服务费用减免 takes none (it claims the imported service records). */
export const ITEM_INPUTS: Record<string, (keyof ApplicationInputs)[]> = {
  UnemploymentInsuranceRefund: ['insuredStaff', 'laidOffStaff', 'lastYearPremium'],
  Award: ['awardCategory', 'requestedAmount'],
  TrainingSubsidy: ['classId'],
  CertificationSubsidy: ['classId'],
  LoanInterestDiscount: ['lender', 'loanContractNumber', 'loanPrincipal', 'loanStartDate', 'loanEndDate', 'interestStatements'],
  SocialInsuranceSubsidy: ['staff'],
  AccidentInsuranceSubsidy: ['staff'],
  HealthCheckSubsidy: ['staff'],
  ServiceFeeReduction: [],
};

/** The fields of a staff row per item: 社保补贴 category and months paid, 意外伤害保险/健康体检补贴 the cost. */
export const STAFF_FIELDS: Record<string, (keyof StaffMemberInput)[]> = {
  SocialInsuranceSubsidy: ['idNumber', 'name', 'category', 'fromMonth', 'toMonth'],
  AccidentInsuranceSubsidy: ['idNumber', 'name', 'cost'],
  HealthCheckSubsidy: ['idNumber', 'name', 'cost'],
};

export const STAFF_CATEGORIES: Record<StaffCategory, { zh: string; en: string }> = {
  HardToEmploy: { zh: '就业困难人员', en: 'Hard to employ' },
  RecentGraduate: { zh: '高校毕业生', en: 'Recent graduate' },
};

export const AWARD_CATEGORIES: Record<string, { zh: string; en: string }> = {
  CommunityCentre: { zh: '考评合格的家庭服务社区中心（站）', en: 'Qualified community centre/station' },
  ProfessionalMarket: { zh: '考评合格的专业服务市场', en: 'Qualified professional market' },
  ExcellentPerformance: { zh: '年度业绩考评优秀', en: 'Excellent annual performance' },
  BrandTitle: { zh: '获评品牌称号', en: 'Brand title' },
};

/** A resident ID number's shape (18 characters, the last a digit or X); the server checks the check digit and date. */
export const RESIDENT_ID_SHAPE = /^\d{17}[\dX]$/;

/** An ID number as typed → as sent: no spaces, upper-case X. */
export function normalizeIdNumber(value: string | undefined | null): string {
  return (value ?? '').replace(/\s+/g, '').toUpperCase();
}

export interface StaffRowValues {
  idNumber?: string;
  /** On resubmission: the stored ID number, masked, shown until the number is entered again. */
  maskedIdNumber?: string;
  name?: string;
  category?: StaffCategory;
  fromMonth?: Dayjs | null;
  toMonth?: Dayjs | null;
  cost?: number | null;
}

export interface InterestStatementRowValues {
  month?: Dayjs | null;
  interestPaid?: number | null;
}

export interface WizardValues {
  itemCode?: string;
  institutionId?: string;
  year?: number;
  insuredStaff?: number | null;
  laidOffStaff?: number | null;
  lastYearPremium?: number | null;
  awardCategory?: string;
  requestedAmount?: number | null;
  classId?: string;
  lender?: string;
  loanContractNumber?: string;
  loanPrincipal?: number | null;
  loanStartDate?: Dayjs | null;
  loanEndDate?: Dayjs | null;
  interestStatements?: (InterestStatementRowValues | undefined)[];
  staff?: (StaffRowValues | undefined)[];
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A staff row as the API takes it (only the item's fields), or null while incomplete or the ID number is malformed. */
function toStaffMember(row: StaffRowValues | undefined, itemCode: string): StaffMemberInput | null {
  const fields = STAFF_FIELDS[itemCode];
  if (!row || !fields) return null;
  const idNumber = normalizeIdNumber(row.idNumber);
  const name = row.name?.trim() ?? '';
  if (!RESIDENT_ID_SHAPE.test(idNumber) || name === '') return null;
  const member: StaffMemberInput = { idNumber, name };
  for (const field of fields) {
    if (field === 'idNumber' || field === 'name') continue;
    const value = row[field];
    if (isBlank(value)) return null;
    if (field === 'fromMonth' || field === 'toMonth') member[field] = (value as Dayjs).format('YYYY-MM');
    else if (field === 'category') member.category = value as StaffCategory;
    else member.cost = value as number;
  }
  return member;
}

function toInterestStatement(row: InterestStatementRowValues | undefined): InterestStatementInput | null {
  if (!row?.month || isBlank(row.interestPaid)) return null;
  return { month: row.month.format('YYYY-MM'), interestPaid: row.interestPaid! };
}

/** Every row converted, or null when there is none or one is incomplete. */
function allRows<R, T>(rows: (R | undefined)[] | undefined, convert: (row: R | undefined) => T | null): T[] | null {
  if (!rows || rows.length === 0) return null;
  const converted = rows.map(convert);
  return converted.every((r) => r !== null) ? (converted as T[]) : null;
}

/** One input as the API takes it, or null while missing. */
function toInput(v: WizardValues, field: keyof ApplicationInputs, itemCode: string): unknown {
  switch (field) {
    case 'loanStartDate':
    case 'loanEndDate':
      return toIsoDate(v[field]);
    case 'interestStatements':
      return allRows(v.interestStatements, toInterestStatement);
    case 'staff':
      return allRows(v.staff, (row) => toStaffMember(row, itemCode));
    default: {
      const value = v[field as keyof WizardValues];
      if (isBlank(value)) return null;
      return typeof value === 'string' ? value.trim() : value;
    }
  }
}

/** The API body for the wizard's values, or null while the item's inputs are incomplete (no preview is asked for then). */
export function toApplyBody(v: WizardValues): ApplyBody | null {
  if (!v.itemCode || !v.institutionId || !v.year) return null;
  const fields = ITEM_INPUTS[v.itemCode];
  if (!fields) return null;
  const inputs: Record<string, unknown> = {};
  for (const field of fields) {
    const value = toInput(v, field, v.itemCode);
    if (value === null) return null;
    inputs[field] = value;
  }
  return { itemCode: v.itemCode, year: v.year, institutionId: v.institutionId, inputs: inputs as ApplicationInputs };
}

/**
 * A problem's field key → the wizard's field: the wizard's fields are the inputs themselves, list rows included
 * (`inputs.staff[0].idNumber` → `['staff', 0, 'idNumber']`, `inputs.insuredStaff` → `['insuredStaff']`).
 */
export function wizardField(key: string): (string | number)[] {
  return key
    .replace(/^inputs\./i, '')
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part.charAt(0).toLowerCase() + part.slice(1)));
}

/** Shows a problem's field errors on the wizard's fields (list rows included); returns the first field's top-level name. */
export function showFieldErrors(form: FormInstance<WizardValues>, error: unknown): string | number | undefined {
  const fields = Object.entries(problemOf(error)?.errors ?? {}).map(([key, messages]) => ({
    name: wizardField(key),
    errors: (Array.isArray(messages) ? messages : [messages]).map(String),
  }));
  if (fields.length > 0) form.setFields(fields as Parameters<FormInstance<WizardValues>['setFields']>[0]);
  return fields[0]?.name[0];
}

/** 申请补贴: choose the item and institution, fill in the inputs with a live calculation, confirm and submit. */
export function ApplyPage() {
  const t = useT(subsidyMessages);
  const navigate = useNavigate();
  const [form] = Form.useForm<WizardValues>();
  const [step, setStep] = useState(0);
  const [search, setSearch] = useState('');
  const values = Form.useWatch([], form) as WizardValues | undefined;
  const year = values?.year ?? chinaYear();
  const policies = usePolicies(year);
  const institutions = useInstitutionOptions(useDebouncedValue(search, 300));
  const body = useMemo(() => (values ? toApplyBody(values) : null), [values]);
  const preview = usePreview(body);
  const apply = useApply();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const itemCode = values?.itemCode;

  const submit = async () => {
    if (!body) return;
    setSubmitError(null);
    try {
      const created = await apply.mutateAsync(body);
      message.success(t('subsidy.wizard.submitted'));
      navigate(`/subsidy/applications/${created.id}`);
    } catch (e) {
      const first = showFieldErrors(form, e);
      if (first !== undefined) setStep(first === 'itemCode' || first === 'institutionId' || first === 'year' ? 0 : 1);
      setSubmitError(e);
    }
  };

  const next = async () => {
    // Step 1 renders only the chosen item's inputs, so validating every mounted field checks just those (list rows included).
    if (step === 0) await form.validateFields(['itemCode', 'institutionId', 'year'] as NamePath[]);
    else await form.validateFields();
    setStep(step + 1);
  };

  const required = [{ required: true, message: t('subsidy.field.required') }];
  return (
    <PageContainer title={t('subsidy.wizard.title')}>
      <Card>
        <Steps
          current={step}
          style={{ marginBottom: 24 }}
          items={[{ title: t('subsidy.wizard.step.item') }, { title: t('subsidy.wizard.step.inputs') }, { title: t('subsidy.wizard.step.confirm') }]}
        />
        <Row gutter={24}>
          <Col xs={24} lg={12}>
            <Form<WizardValues> form={form} layout="vertical" initialValues={{ year: chinaYear() }} preserve>
              <div style={{ display: step === 0 ? 'block' : 'none' }}>
                <Form.Item name="year" label={t('subsidy.year')} rules={required}>
                  <InputNumber min={2000} max={2100} data-testid="wizard-year" />
                </Form.Item>
                <Form.Item name="itemCode" label={t('subsidy.item')} rules={required}>
                  <Select
                    data-testid="wizard-item"
                    loading={policies.isLoading}
                    options={policies.data?.map((p) => ({
                      value: p.code,
                      label: p.acceptsApplications ? p.name : `${p.name}（${t('subsidy.wizard.notAccepting')}）`,
                      disabled: !p.acceptsApplications || !ITEM_INPUTS[p.code],
                    }))}
                  />
                </Form.Item>
                <Form.Item name="institutionId" label={t('subsidy.institution')} rules={required}>
                  <Select
                    data-testid="wizard-institution"
                    showSearch={{ filterOption: false, onSearch: setSearch }}
                    loading={institutions.isFetching}
                    options={institutions.data?.items.map((i) => ({ value: i.id, label: i.name }))}
                  />
                </Form.Item>
              </div>
              <div style={{ display: step === 1 ? 'block' : 'none' }}>
                <ItemInputs itemCode={itemCode} year={year} />
              </div>
            </Form>
            {step === 2 && body && <Alert type="info" showIcon title={t('subsidy.wizard.step.confirm')} style={{ marginBottom: 16 }} />}
            {submitError !== null && <ProblemAlert error={submitError} />}
            <Flex gap="small" style={{ marginTop: 16 }}>
              {step > 0 && <Button onClick={() => setStep(step - 1)}>{t('subsidy.wizard.previous')}</Button>}
              {step < 2 && (
                <Button type="primary" onClick={() => void next().catch(() => undefined)} data-testid="wizard-next">
                  {t('subsidy.wizard.next')}
                </Button>
              )}
              {step === 2 && (
                <Button
                  type="primary"
                  loading={apply.isPending}
                  disabled={!body || preview.data?.eligible === false}
                  onClick={submit}
                  data-testid="wizard-submit"
                >
                  {t('subsidy.wizard.submit')}
                </Button>
              )}
            </Flex>
          </Col>
          <Col xs={24} lg={12}>
            <CalculationPreview body={body} preview={preview} />
          </Col>
        </Row>
      </Card>
    </PageContainer>
  );
}

export function ItemInputs({ itemCode, year }: { itemCode: string | undefined; year: number }) {
  const t = useT(subsidyMessages);
  const { locale } = useLocale();
  const required = [{ required: true, message: t('subsidy.field.required') }];
  switch (itemCode) {
    case 'UnemploymentInsuranceRefund':
      return (
        <>
          <Form.Item name="insuredStaff" label={t('subsidy.input.insuredStaff')} rules={required}>
            <InputNumber min={1} max={100000} precision={0} style={{ width: 200 }} data-testid="input-insuredStaff" />
          </Form.Item>
          <Form.Item name="laidOffStaff" label={t('subsidy.input.laidOffStaff')} rules={required}>
            <InputNumber min={0} max={100000} precision={0} style={{ width: 200 }} data-testid="input-laidOffStaff" />
          </Form.Item>
          <Form.Item name="lastYearPremium" label={t('subsidy.input.lastYearPremium')} rules={required}>
            <InputNumber min={0.01} precision={2} style={{ width: 200 }} data-testid="input-lastYearPremium" />
          </Form.Item>
        </>
      );
    case 'Award':
      return (
        <>
          <Form.Item name="awardCategory" label={t('subsidy.input.awardCategory')} rules={required}>
            <Select
              data-testid="input-awardCategory"
              options={Object.entries(AWARD_CATEGORIES).map(([value, label]) => ({ value, label: locale === 'en-US' ? label.en : label.zh }))}
            />
          </Form.Item>
          <Form.Item name="requestedAmount" label={t('subsidy.input.requestedAmount')} rules={required}>
            <InputNumber min={0.01} precision={2} style={{ width: 200 }} data-testid="input-requestedAmount" />
          </Form.Item>
        </>
      );
    case 'TrainingSubsidy':
    case 'CertificationSubsidy':
      return (
        <Form.Item name="classId" label={t('subsidy.input.classId')} rules={required}>
          <Input data-testid="input-classId" />
        </Form.Item>
      );
    case 'LoanInterestDiscount':
      return <LoanInputs year={year} />;
    case 'SocialInsuranceSubsidy':
    case 'AccidentInsuranceSubsidy':
    case 'HealthCheckSubsidy':
      return <StaffInputs itemCode={itemCode} year={year} />;
    case 'ServiceFeeReduction':
      return <Alert type="info" showIcon title={t('subsidy.input.serviceRecordsNote')} data-testid="input-serviceRecords" />;
    default:
      return <Empty />;
  }
}

/** Months outside the application year cannot be picked (the rules count only the year's months). */
const outsideYear = (year: number) => (date: Dayjs) => date.year() !== year;

/** 创业担保贷款贴息: the loan and its repayment statements (还息凭证) of the year. */
function LoanInputs({ year }: { year: number }) {
  const t = useT(subsidyMessages);
  const required = [{ required: true, message: t('subsidy.field.required') }];
  return (
    <>
      <Form.Item name="lender" label={t('subsidy.input.lender')} rules={[...required, { max: 100 }]}>
        <Input data-testid="input-lender" />
      </Form.Item>
      <Form.Item name="loanContractNumber" label={t('subsidy.input.loanContractNumber')} rules={[...required, { max: 50 }]}>
        <Input data-testid="input-loanContractNumber" />
      </Form.Item>
      <Form.Item name="loanPrincipal" label={t('subsidy.input.loanPrincipal')} rules={required}>
        <InputNumber min={0.01} precision={2} style={{ width: 200 }} data-testid="input-loanPrincipal" />
      </Form.Item>
      <Flex gap="middle" wrap>
        <Form.Item name="loanStartDate" label={t('subsidy.input.loanStartDate')} rules={required}>
          <DatePicker data-testid="input-loanStartDate" />
        </Form.Item>
        <Form.Item
          name="loanEndDate"
          label={t('subsidy.input.loanEndDate')}
          dependencies={['loanStartDate']}
          rules={[
            ...required,
            ({ getFieldValue }) => ({
              validator: async (_, value: Dayjs | null | undefined) => {
                const start = getFieldValue('loanStartDate') as Dayjs | null | undefined;
                if (value && start && value.isBefore(start, 'day')) throw new Error(t('subsidy.input.endBeforeStart'));
              },
            }),
          ]}
        >
          <DatePicker data-testid="input-loanEndDate" />
        </Form.Item>
      </Flex>
      <Form.List
        name="interestStatements"
        initialValue={[{}]}
        rules={[{ validator: async (_, rows?: unknown[]) => (rows?.length ? undefined : Promise.reject(new Error(t('subsidy.input.atLeastOneStatement')))) }]}
      >
        {(rows, { add, remove }, { errors }) => (
          <Form.Item label={t('subsidy.input.interestStatements')} required>
            {rows.map((row, index) => (
              <Flex key={row.key} gap="small" align="start" data-testid={`statement-row-${index}`}>
                <Form.Item name={[row.name, 'month']} rules={required} style={{ marginBottom: 8 }}>
                  <DatePicker
                    picker="month"
                    placeholder={t('subsidy.input.statementMonth')}
                    disabledDate={outsideYear(year)}
                    data-testid={`statement-month-${index}`}
                  />
                </Form.Item>
                <Form.Item name={[row.name, 'interestPaid']} rules={required} style={{ marginBottom: 8 }}>
                  <InputNumber
                    min={0.01}
                    precision={2}
                    placeholder={t('subsidy.input.interestPaid')}
                    style={{ width: 160 }}
                    data-testid={`statement-interest-${index}`}
                  />
                </Form.Item>
                <Button onClick={() => remove(row.name)} data-testid={`statement-remove-${index}`}>
                  {t('subsidy.input.removeRow')}
                </Button>
              </Flex>
            ))}
            <Button type="dashed" onClick={() => add({})} data-testid="statement-add">
              {t('subsidy.input.addStatement')}
            </Button>
            <Form.ErrorList errors={errors} />
          </Form.Item>
        )}
      </Form.List>
    </>
  );
}

/** 社保补贴 / 意外伤害保险补贴 / 健康体检补贴: one row per staff member claimed for. */
function StaffInputs({ itemCode, year }: { itemCode: string; year: number }) {
  const t = useT(subsidyMessages);
  const { locale } = useLocale();
  const required = [{ required: true, message: t('subsidy.field.required') }];
  const fields = STAFF_FIELDS[itemCode] ?? [];
  const idRules = [
    ...required,
    {
      validator: async (_: unknown, value: string | undefined) => {
        if (value && !RESIDENT_ID_SHAPE.test(normalizeIdNumber(value))) throw new Error(t('subsidy.input.idNumberShape'));
      },
    },
  ];
  const cost = itemCode === 'HealthCheckSubsidy' ? t('subsidy.input.healthCheckCost') : t('subsidy.input.insurancePremium');
  const staffValues = Form.useWatch('staff', { form: Form.useFormInstance(), preserve: true }) as (StaffRowValues | undefined)[] | undefined;
  return (
    <Form.List
      name="staff"
      initialValue={[{}]}
      rules={[{ validator: async (_, rows?: unknown[]) => (rows?.length ? undefined : Promise.reject(new Error(t('subsidy.input.atLeastOneStaff')))) }]}
    >
      {(rows, { add, remove }, { errors }) => (
        <Form.Item label={t('subsidy.input.staff')} required>
          {rows.map((row, index) => (
            <Card
              key={row.key}
              size="small"
              style={{ marginBottom: 8 }}
              title={t('subsidy.input.staffRow', { n: index + 1 })}
              extra={
                <Button size="small" onClick={() => remove(row.name)} data-testid={`staff-remove-${index}`}>
                  {t('subsidy.input.removeRow')}
                </Button>
              }
              data-testid={`staff-row-${index}`}
            >
              <Flex gap="small" wrap>
                <Form.Item name={[row.name, 'idNumber']} label={t('subsidy.input.idNumber')} rules={idRules}>
                  <Input
                    style={{ width: 200 }}
                    maxLength={20}
                    placeholder={staffValues?.[row.name]?.maskedIdNumber}
                    data-testid={`staff-idNumber-${index}`}
                  />
                </Form.Item>
                <Form.Item name={[row.name, 'name']} label={t('subsidy.input.name')} rules={[...required, { max: 50 }]}>
                  <Input style={{ width: 120 }} data-testid={`staff-name-${index}`} />
                </Form.Item>
                {fields.includes('category') && (
                  <Form.Item name={[row.name, 'category']} label={t('subsidy.input.category')} rules={required}>
                    <Select
                      style={{ width: 160 }}
                      data-testid={`staff-category-${index}`}
                      options={Object.entries(STAFF_CATEGORIES).map(([value, label]) => ({ value, label: locale === 'en-US' ? label.en : label.zh }))}
                    />
                  </Form.Item>
                )}
                {fields.includes('fromMonth') && (
                  <Form.Item name={[row.name, 'fromMonth']} label={t('subsidy.input.fromMonth')} rules={required}>
                    <DatePicker picker="month" disabledDate={outsideYear(year)} data-testid={`staff-fromMonth-${index}`} />
                  </Form.Item>
                )}
                {fields.includes('toMonth') && (
                  <Form.Item name={[row.name, 'toMonth']} label={t('subsidy.input.toMonth')} rules={required}>
                    <DatePicker picker="month" disabledDate={outsideYear(year)} data-testid={`staff-toMonth-${index}`} />
                  </Form.Item>
                )}
                {fields.includes('cost') && (
                  <Form.Item name={[row.name, 'cost']} label={cost} rules={required}>
                    <InputNumber min={0.01} max={1000000} precision={2} style={{ width: 160 }} data-testid={`staff-cost-${index}`} />
                  </Form.Item>
                )}
              </Flex>
            </Card>
          ))}
          <Button type="dashed" onClick={() => add({})} data-testid="staff-add">
            {t('subsidy.input.addStaff')}
          </Button>
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}

/** The live calculation beside the form: a hint while incomplete, a spinner while calculating, the breakdown or the problem. */
export function CalculationPreview({ body, preview }: { body: ApplyBody | null; preview: ReturnType<typeof usePreview> }) {
  const t = useT(subsidyMessages);
  const messages = Object.values(problemOf(preview.error)?.errors ?? {}).flat();
  return (
    <Card size="small" title={t('subsidy.wizard.preview')} data-testid="wizard-preview" extra={preview.isFetching && <Spin size="small" />}>
      {!body ? (
        <Empty description={t('subsidy.wizard.previewHint')} />
      ) : preview.isError ? (
        <ProblemAlert error={preview.error} messages={messages} />
      ) : preview.data ? (
        <BreakdownTable calculation={preview.data} />
      ) : (
        <Flex justify="center" gap="small">
          <Spin size="small" />
          {t('subsidy.wizard.previewing')}
        </Flex>
      )}
    </Card>
  );
}
