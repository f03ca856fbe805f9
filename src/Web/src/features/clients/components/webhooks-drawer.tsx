import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Flex, Popconfirm, Space, Statistic, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import type { ApiClient } from '../api/get-clients';
import {
  useDeleteSubscription,
  usePingSubscription,
  useSubscriptions,
  useWebhookUsage,
  type CreatedSubscription,
  type WebhookSubscription,
} from '../api/webhooks';
import { clientsMessages } from '../locales';
import { CreateSubscriptionModal } from './create-subscription-modal';
import { DeliveriesTable } from './deliveries-table';
import { SubscriptionSecretModal } from './subscription-secret-modal';

/** A client's webhook subscriptions, their delivery log and the client's delivery counts (推送用量). */
export function WebhooksDrawer({ client, onClose }: { client?: ApiClient; onClose: () => void }) {
  const t = useT(clientsMessages);
  return (
    <Drawer
      open={Boolean(client)}
      onClose={onClose}
      size="large"
      title={client ? t('webhooks.title', { name: client.name }) : ''}
      destroyOnHidden
      data-testid="webhooks-drawer"
    >
      {client && <WebhooksPanel client={client} />}
    </Drawer>
  );
}

export function WebhooksPanel({ client }: { client: ApiClient }) {
  const t = useT(clientsMessages);
  const { message } = App.useApp();
  const subscriptions = useSubscriptions(client.id);
  const usage = useWebhookUsage(client.id);
  const ping = usePingSubscription();
  const remove = useDeleteSubscription();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedSubscription>();
  const [selected, setSelected] = useState<string>();
  const failed = (error: unknown) => message.error(error instanceof Error ? error.message : t('error.generic'));
  const totals = (usage.data?.days ?? []).reduce(
    (sum, day) => ({ deliveries: sum.deliveries + day.deliveries, succeeded: sum.succeeded + day.succeeded, failed: sum.failed + day.failed }),
    { deliveries: 0, succeeded: 0, failed: 0 },
  );

  const columns: TableProps<WebhookSubscription>['columns'] = [
    {
      title: t('webhooks.field.url'),
      dataIndex: 'url',
      render: (url: string) => <Typography.Text style={{ wordBreak: 'break-all' }}>{url}</Typography.Text>,
    },
    {
      title: t('webhooks.field.eventTypes'),
      dataIndex: 'eventTypes',
      render: (types: string[]) => (
        <Space wrap size={[0, 4]}>
          {types.map((type) => (
            <Tag key={type}>{type}</Tag>
          ))}
        </Space>
      ),
    },
    { title: t('field.createdAt'), dataIndex: 'createdAt', render: (value: string) => formatDateTime(value) },
    {
      title: t('action.actions'),
      key: 'actions',
      render: (_, subscription) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setSelected(subscription.id)} data-testid={`deliveries-${subscription.id}`}>
            {t('webhooks.action.deliveries')}
          </Button>
          <Button
            type="link"
            size="small"
            data-testid={`ping-${subscription.id}`}
            onClick={() =>
              ping.mutateAsync(subscription.id).then(() => {
                setSelected(subscription.id);
                return message.success(t('webhooks.success.pinged'));
              }, failed)
            }
          >
            {t('webhooks.action.ping')}
          </Button>
          <Popconfirm
            title={t('webhooks.confirm.delete', { url: subscription.url })}
            okText={t('action.confirm')}
            okButtonProps={{ danger: true }}
            cancelText={t('action.cancel')}
            onConfirm={() =>
              remove.mutateAsync(subscription.id).then(() => {
                if (selected === subscription.id) setSelected(undefined);
                return message.success(t('webhooks.success.deleted'));
              }, failed)
            }
          >
            <Button type="link" size="small" danger data-testid={`delete-${subscription.id}`}>
              {t('webhooks.action.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap="large">
      {usage.isError && <ProblemAlert error={usage.error} onRetry={() => void usage.refetch()} />}
      <Flex gap="large" data-testid="webhook-usage">
        <Statistic title={t('webhooks.usage.deliveries')} value={totals.deliveries} loading={usage.isPending} />
        <Statistic title={t('webhooks.usage.succeeded')} value={totals.succeeded} loading={usage.isPending} />
        <Statistic title={t('webhooks.usage.failed')} value={totals.failed} loading={usage.isPending} />
      </Flex>
      <Flex justify="space-between" align="center">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('webhooks.subscriptions')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={client.isRevoked}
          onClick={() => setCreating(true)}
          data-testid="create-subscription"
        >
          {t('webhooks.create')}
        </Button>
      </Flex>
      {subscriptions.isError && <ProblemAlert error={subscriptions.error} onRetry={() => void subscriptions.refetch()} />}
      <Table<WebhookSubscription>
        rowKey="id"
        size="small"
        data-testid="subscriptions-table"
        columns={columns}
        dataSource={subscriptions.data?.items}
        loading={subscriptions.isPending}
        locale={{ emptyText: t('webhooks.noSubscriptions') }}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {selected && (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('webhooks.deliveries')}
          </Typography.Title>
          <DeliveriesTable subscriptionId={selected} />
        </>
      )}
      <CreateSubscriptionModal
        client={client}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(result) => {
          setCreating(false);
          setCreated(result);
          setSelected(result.subscription.id);
        }}
      />
      <SubscriptionSecretModal created={created} onClose={() => setCreated(undefined)} />
    </Flex>
  );
}
