import { Form, Input, Modal, Select } from 'antd';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { useFormProblem } from '@/lib/use-form-problem';
import { useResetOnOpen } from '@/lib/use-reset-on-open';
import type { ApiClient } from '../api/get-clients';
import {
  useCreateSubscription,
  useWebhookEventTypes,
  type CreatedSubscription,
  type CreateSubscriptionInput,
} from '../api/webhooks';
import { clientsMessages } from '../locales';

const FIELDS = ['url', 'eventTypes', 'description', 'clientId'] as const;

interface CreateSubscriptionModalProps {
  client: ApiClient;
  open: boolean;
  onClose: () => void;
  onCreated: (created: CreatedSubscription) => void;
}

/** Subscribes a URL to the event types the client's scopes entitle it to (others are not offered). */
export function CreateSubscriptionModal({ client, open, onClose, onCreated }: CreateSubscriptionModalProps) {
  const t = useT(clientsMessages);
  const [form] = Form.useForm<CreateSubscriptionInput>();
  const create = useCreateSubscription();
  const eventTypes = useWebhookEventTypes(open);
  const { problem, report, clear } = useFormProblem(form, FIELDS);
  useResetOnOpen(form, open);
  const entitled = eventTypes.data?.filter((type) => type.scopes.some((scope) => client.scopes.includes(scope)));

  const submit = ({ url, eventTypes: selected, description }: CreateSubscriptionInput) => {
    clear();
    create.mutate(
      { clientId: client.id, url: url.trim(), eventTypes: selected, description: description?.trim() || null },
      { onSuccess: onCreated, onError: report },
    );
  };

  return (
    <Modal
      open={open}
      title={t('webhooks.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.save')}
      confirmLoading={create.isPending}
      okButtonProps={{ ...{ 'data-testid': 'subscription-form-submit' } }}
      afterClose={clear}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      {eventTypes.isError && <ProblemAlert error={eventTypes.error} onRetry={() => void eventTypes.refetch()} />}
      <Form form={form} layout="vertical" name="create-subscription" initialValues={{ eventTypes: [] }} onFinish={submit}>
        <Form.Item
          name="url"
          label={t('webhooks.field.url')}
          extra={t('webhooks.field.url.help')}
          rules={[{ required: true, message: t('clients.required', { field: t('webhooks.field.url') }) }]}
        >
          <Input placeholder="https://" data-testid="subscription-form-url" />
        </Form.Item>
        <Form.Item
          name="eventTypes"
          label={t('webhooks.field.eventTypes')}
          extra={entitled && entitled.length === 0 ? t('webhooks.noEntitledTypes') : undefined}
          rules={[{ required: true, message: t('clients.required', { field: t('webhooks.field.eventTypes') }) }]}
        >
          <Select
            mode="multiple"
            loading={eventTypes.isPending}
            data-testid="subscription-form-eventTypes"
            optionLabelProp="value"
            options={entitled?.map((type) => ({ value: type.type, label: `${type.type} — ${type.description}` }))}
          />
        </Form.Item>
        <Form.Item name="description" label={t('webhooks.field.description')}>
          <Input maxLength={200} data-testid="subscription-form-description" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
