import { Form, Input, Modal, Select } from 'antd';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { useFormProblem } from '@/lib/use-form-problem';
import { useResetOnOpen } from '@/lib/use-reset-on-open';
import { useCreateClient, type CreatedClient, type CreateClientInput } from '../api/create-client';
import { useScopes } from '../api/get-scopes';
import { clientsMessages } from '../locales';

const FIELDS = ['name', 'scopes', 'institutionIds'] as const;

interface CreateClientModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (client: CreatedClient) => void;
}

export function CreateClientModal({ open, onClose, onCreated }: CreateClientModalProps) {
  const t = useT(clientsMessages);
  const [form] = Form.useForm<CreateClientInput>();
  const create = useCreateClient();
  const scopes = useScopes(open);
  const { problem, report, clear } = useFormProblem(form, FIELDS);
  useResetOnOpen(form, open);
  const required = (field: string) => [{ required: true, message: t('clients.required', { field }) }];

  const submit = ({ name, scopes: selected, institutionIds }: CreateClientInput) => {
    clear();
    const ids = (institutionIds ?? []).map((id) => id.trim()).filter(Boolean);
    create.mutate({ name: name.trim(), scopes: selected, institutionIds: ids }, { onSuccess: onCreated, onError: report });
  };

  return (
    <Modal
      open={open}
      title={t('clients.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.save')}
      confirmLoading={create.isPending}
      okButtonProps={{ ...{ 'data-testid': 'client-form-submit' } }}
      afterClose={clear}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      {scopes.isError && <ProblemAlert error={scopes.error} onRetry={() => void scopes.refetch()} />}
      <Form form={form} layout="vertical" name="create-client" initialValues={{ scopes: [], institutionIds: [] }} onFinish={submit}>
        <Form.Item name="name" label={t('clients.field.name')} rules={required(t('clients.field.name'))}>
          <Input data-testid="client-form-name" />
        </Form.Item>
        <Form.Item name="scopes" label={t('clients.field.scopes')} rules={required(t('clients.field.scopes'))}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            loading={scopes.isPending}
            data-testid="client-form-scopes"
            optionLabelProp="value"
            options={scopes.data?.map((scope) => ({ value: scope.name, label: `${scope.name} — ${scope.description}` }))}
          />
        </Form.Item>
        <Form.Item
          name="institutionIds"
          label={t('clients.field.institutionIds')}
          extra={t('clients.field.institutionIds.help')}
        >
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', ' ', '，']} data-testid="client-form-institutionIds" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
