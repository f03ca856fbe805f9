import { App, Checkbox, Form, InputNumber, Modal } from 'antd';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { useFormProblem } from '@/lib/use-form-problem';
import { useResetOnOpen } from '@/lib/use-reset-on-open';
import { useSubmitFiling } from '../api/submit-filing';
import { institutionsMessages } from '../locales';
import { FILING_CRITERIA, toFilingCriteria } from './filing-criteria';

interface FilingFormValues {
  criteria?: string[];
  staffCount: number;
}

const FIELDS = ['criteria', 'staffCount', ...FILING_CRITERIA] as const;

/** Files the institution as an employee-based enterprise (员工制备案): the criteria it meets and its staff count. */
export function SubmitFilingModal({ open, institutionId, onClose }: { open: boolean; institutionId: string; onClose: () => void }) {
  const t = useT(institutionsMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<FilingFormValues>();
  const submitFiling = useSubmitFiling();
  const { problem, report, clear } = useFormProblem(form, FIELDS);
  useResetOnOpen(form, open);

  const submit = (values: FilingFormValues) => {
    clear();
    submitFiling.mutate(
      { institutionId, staffCount: values.staffCount, ...toFilingCriteria(values.criteria) },
      {
        onSuccess: () => {
          message.success(t('institutions.filings.success.submitted'));
          onClose();
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('institutions.filings.submit')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.submit')}
      cancelText={t('action.cancel')}
      confirmLoading={submitFiling.isPending}
      okButtonProps={{ ...{ 'data-testid': 'filing-form-submit' } }}
      afterClose={clear}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form form={form} layout="vertical" name="submit-filing" initialValues={{ criteria: [] }} onFinish={submit}>
        <Form.Item name="criteria" label={t('institutions.filings.field.criteria')}>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={FILING_CRITERIA.map((item) => ({ value: item, label: t(`institutions.filings.criterion.${item}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="staffCount"
          label={t('institutions.filings.field.staffCount')}
          rules={[{ required: true, message: t('form.required', { field: t('institutions.filings.field.staffCount') }) }]}
        >
          <InputNumber min={0} max={100000} precision={0} style={{ width: 160 }} data-testid="filing-form-staffCount" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
