import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Rate, Select, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { toIsoDate } from '@/lib/dates';
import { problemOf } from '@/lib/problem-details';
import { useFormProblem } from '@/lib/use-form-problem';
import { useT } from '@/lib/i18n';
import { useBusinessFormats, useCandidateInstitutions, useVoucherStep, type Voucher, type VoucherStep } from '../api/vouchers';
import { vouchersMessages } from '../locales';

export type StepName = VoucherStep['step'];

type Values = Record<string, unknown> & {
  businessFormat?: string;
  institutionId?: string;
  date?: Dayjs;
  workerName?: string;
  durationMinutes?: number;
  serviceItems?: string;
  residentConfirmed?: boolean;
  channel?: 'Phone' | 'Visit' | 'Online';
  satisfaction?: number;
  issues?: string;
  result?: 'Confirmed' | 'Discrepancy';
  note?: string;
  reason?: string;
};

const FIELDS = ['institutionId', 'businessFormat', 'scheduledFor', 'workerName', 'serviceDate', 'durationMinutes', 'serviceItems',
  'residentConfirmed', 'date', 'channel', 'satisfaction', 'issues', 'result', 'note', 'reason'] as const;

function toStep(step: StepName, v: Values): VoucherStep {
  const date = toIsoDate(v.date ?? dayjs())!;
  switch (step) {
    case 'select-institution':
      return { step, body: { institutionId: v.institutionId!, businessFormat: v.businessFormat! } };
    case 'schedule':
      return { step, body: { scheduledFor: date } };
    case 'service':
      return {
        step,
        body: {
          workerName: (v.workerName ?? '').trim(),
          serviceDate: date,
          durationMinutes: v.durationMinutes ?? 0,
          serviceItems: (v.serviceItems ?? '').trim(),
          residentConfirmed: !!v.residentConfirmed,
        },
      };
    case 'follow-up':
      return { step, body: { date, channel: v.channel ?? 'Phone', satisfaction: v.satisfaction ?? 0, issues: v.issues?.trim() || null } };
    case 'verify':
      return { step, body: { result: v.result ?? 'Confirmed', note: v.note?.trim() || null } };
    case 'void':
      return { step, body: { reason: v.reason?.trim() || null } };
  }
}

/** The form of one workflow step (机构筛选, 受理预约, 上门服务, 跟踪回访, 服务核查, 作废); API field errors appear inline. */
export function VoucherStepModal({ voucher, step, onClose }: { voucher: Voucher; step: StepName | null; onClose: () => void }) {
  const t = useT(vouchersMessages);
  const [form] = Form.useForm<Values>();
  const mutation = useVoucherStep(voucher.id);
  const { problem, report, clear } = useFormProblem(form, FIELDS);
  const format = Form.useWatch('businessFormat', form);
  const formats = useBusinessFormats();
  const institutions = useCandidateInstitutions(step === 'select-institution' ? format : undefined);
  const required = [{ required: true, message: t('vouchers.field.required') }];

  const submit = async (values: Values) => {
    clear();
    try {
      await mutation.mutateAsync(toStep(step!, values));
      message.success(t('vouchers.success.saved'));
      form.resetFields();
      onClose();
    } catch (error) {
      const errors = problemOf(error)?.errors;
      const dateError = errors?.scheduledFor ?? errors?.serviceDate;
      if (dateError) form.setFields([{ name: 'date', errors: dateError }]);
      report(error);
    }
  };

  return (
    <Modal
      open={!!step}
      title={step ? t(`vouchers.action.${step}`) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: mutation.isPending, ...{ 'data-testid': 'voucher-step-submit' } }}
      destroyOnHidden
    >
      {problem && <Alert type="error" showIcon message={problem.messages.join('；') || problemOf(problem.error)?.detail} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ date: dayjs(), channel: 'Phone', satisfaction: 5, result: 'Confirmed', durationMinutes: 120, residentConfirmed: false }}
      >
        {step === 'select-institution' && (
          <>
            <Form.Item name="businessFormat" label={t('vouchers.voucher.businessFormat')} rules={required}>
              <Select data-testid="step-businessFormat" options={formats.data?.map((f) => ({ value: f.code, label: f.name }))} />
            </Form.Item>
            <Form.Item name="institutionId" label={t('vouchers.voucher.institution')} rules={required}>
              <Select
                data-testid="step-institutionId"
                showSearch
                optionFilterProp="label"
                loading={institutions.isLoading}
                options={institutions.data?.map((i) => ({ value: i.id, label: i.name }))}
              />
            </Form.Item>
          </>
        )}
        {(step === 'schedule' || step === 'service' || step === 'follow-up') && (
          <Form.Item
            name="date"
            label={t(step === 'schedule' ? 'vouchers.voucher.scheduledFor' : step === 'service' ? 'vouchers.voucher.serviceDate' : 'vouchers.voucher.followUpDate')}
            rules={required}
          >
            <DatePicker data-testid="step-date" />
          </Form.Item>
        )}
        {step === 'service' && (
          <>
            <Form.Item name="workerName" label={t('vouchers.voucher.worker')} rules={required}>
              <Input data-testid="step-workerName" maxLength={50} />
            </Form.Item>
            <Form.Item name="durationMinutes" label={t('vouchers.voucher.duration')} rules={required}>
              <InputNumber min={15} max={1440} />
            </Form.Item>
            <Form.Item name="serviceItems" label={t('vouchers.voucher.items')} rules={required}>
              <Input data-testid="step-serviceItems" maxLength={500} />
            </Form.Item>
            <Form.Item name="residentConfirmed" valuePropName="checked">
              <Checkbox data-testid="step-residentConfirmed">{t('vouchers.voucher.residentConfirmed')}</Checkbox>
            </Form.Item>
          </>
        )}
        {step === 'follow-up' && (
          <>
            <Form.Item name="channel" label={t('vouchers.voucher.channel')}>
              <Radio.Group options={(['Phone', 'Visit', 'Online'] as const).map((c) => ({ value: c, label: t(`vouchers.channel.${c}`) }))} />
            </Form.Item>
            <Form.Item name="satisfaction" label={t('vouchers.voucher.satisfaction')} rules={required}>
              <Rate />
            </Form.Item>
            <Form.Item name="issues" label={t('vouchers.voucher.issues')}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </>
        )}
        {step === 'verify' && (
          <>
            <Form.Item name="result" label={t('vouchers.voucher.result')}>
              <Radio.Group options={(['Confirmed', 'Discrepancy'] as const).map((r) => ({ value: r, label: t(`vouchers.result.${r}`) }))} />
            </Form.Item>
            <Form.Item name="note" label={t('vouchers.voucher.note')}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </>
        )}
        {step === 'void' && (
          <Form.Item name="reason" label={t('vouchers.action.voidReason')} rules={required}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
