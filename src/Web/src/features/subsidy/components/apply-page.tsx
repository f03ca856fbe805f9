import { Alert, Button, Card, Col, Empty, Flex, Form, Input, InputNumber, Row, Select, Spin, Steps, message } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { problemOf } from '@/lib/problem-details';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useLocale, useT } from '@/lib/i18n';
import { chinaYear, useApply, useInstitutionOptions, usePolicies, type ApplicationInputs, type ApplyBody } from '../api/subsidy';
import { usePreview } from '../api/use-preview';
import { subsidyMessages } from '../locales';
import { BreakdownTable } from './breakdown-table';

/** The input fields each item takes (the API's `inputs`). */
export const ITEM_INPUTS: Record<string, (keyof ApplicationInputs)[]> = {
  UnemploymentInsuranceRefund: ['insuredStaff', 'laidOffStaff', 'lastYearPremium'],
  Award: ['awardCategory', 'requestedAmount'],
  TrainingSubsidy: ['classId'],
  CertificationSubsidy: ['classId'],
};

export const AWARD_CATEGORIES: Record<string, { zh: string; en: string }> = {
  CommunityCentre: { zh: '考评合格的家庭服务社区中心（站）', en: 'Qualified community centre/station' },
  ProfessionalMarket: { zh: '考评合格的专业服务市场', en: 'Qualified professional market' },
  ExcellentPerformance: { zh: '年度业绩考评优秀', en: 'Excellent annual performance' },
  BrandTitle: { zh: '获评品牌称号', en: 'Brand title' },
};

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
}

/** The API body for the wizard's values, or null while the item's inputs are incomplete (no preview is asked for then). */
export function toApplyBody(v: WizardValues): ApplyBody | null {
  if (!v.itemCode || !v.institutionId || !v.year) return null;
  const fields = ITEM_INPUTS[v.itemCode];
  if (!fields) return null;
  const inputs: ApplicationInputs = {};
  for (const field of fields) {
    const value = v[field as keyof WizardValues];
    if (value === undefined || value === null || value === '') return null;
    (inputs as Record<string, unknown>)[field] = typeof value === 'string' ? value.trim() : value;
  }
  return { itemCode: v.itemCode, year: v.year, institutionId: v.institutionId, inputs };
}

/** `inputs.insuredStaff` → `insuredStaff`: the wizard's fields are the inputs themselves. */
function wizardField(key: string): string {
  const name = key.replace(/^inputs\./i, '');
  return name.charAt(0).toLowerCase() + name.slice(1);
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
      const errors = problemOf(e)?.errors ?? {};
      const fields = Object.entries(errors).map(([key, messages]) => ({ name: wizardField(key) as keyof WizardValues, errors: messages }));
      if (fields.length > 0) {
        form.setFields(fields);
        const first = fields[0]!.name;
        setStep(first === 'itemCode' || first === 'institutionId' || first === 'year' ? 0 : 1);
      }
      setSubmitError(e);
    }
  };

  const next = async () => {
    const names: (keyof WizardValues)[] = step === 0 ? ['itemCode', 'institutionId', 'year'] : ((ITEM_INPUTS[itemCode ?? ''] ?? []) as (keyof WizardValues)[]);
    await form.validateFields(names);
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
                <ItemInputs itemCode={itemCode} />
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

function ItemInputs({ itemCode }: { itemCode: string | undefined }) {
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
    default:
      return <Empty />;
  }
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
