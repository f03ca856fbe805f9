import { App, Form, InputNumber, Modal, Select } from 'antd';
import { useTitleDefinitions } from '@/features/registry-reference/api/get-title-definitions';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { useFormProblem } from '@/lib/use-form-problem';
import { useResetOnOpen } from '@/lib/use-reset-on-open';
import { useGrantTitle } from '../api/grant-title';
import { institutionsMessages } from '../locales';

interface GrantTitleValues {
  title: string;
  year: number;
}

const FIELDS = ['title', 'year'] as const;

/** Grants a brand or leading-enterprise title (品牌称号) for a year. */
export function GrantTitleModal({ open, institutionId, onClose }: { open: boolean; institutionId: string; onClose: () => void }) {
  const t = useT(institutionsMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<GrantTitleValues>();
  const grant = useGrantTitle(institutionId);
  const definitions = useTitleDefinitions();
  const { problem, report, clear } = useFormProblem(form, FIELDS);
  useResetOnOpen(form, open);

  const submit = (values: GrantTitleValues) => {
    clear();
    grant.mutate(values, {
      onSuccess: () => {
        message.success(t('institutions.titles.success.granted'));
        onClose();
      },
      onError: report,
    });
  };

  return (
    <Modal
      open={open}
      title={t('institutions.titles.grant')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.confirm')}
      cancelText={t('action.cancel')}
      confirmLoading={grant.isPending}
      okButtonProps={{ ...{ 'data-testid': 'grant-title-submit' } }}
      afterClose={clear}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form form={form} layout="vertical" name="grant-title" initialValues={{ year: new Date().getFullYear() }} onFinish={submit}>
        <Form.Item
          name="title"
          label={t('institutions.titles.field.title')}
          rules={[{ required: true, message: t('form.requiredChoice', { field: t('institutions.titles.field.title') }) }]}
        >
          <Select
            loading={definitions.isPending}
            options={definitions.data?.map((definition) => ({ value: definition.code, label: definition.name }))}
            data-testid="grant-title-title"
          />
        </Form.Item>
        <Form.Item
          name="year"
          label={t('institutions.titles.field.year')}
          rules={[{ required: true, message: t('form.required', { field: t('institutions.titles.field.year') }) }]}
        >
          <InputNumber min={2000} max={2100} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
