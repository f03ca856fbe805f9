import { App, Badge, Button, Table, Tooltip, type BadgeProps, type TableProps } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { useDeliveries, useReplayDelivery, type WebhookDelivery } from '../api/webhooks';
import { clientsMessages } from '../locales';

const STATUS: Record<WebhookDelivery['status'], BadgeProps['status']> = {
  Pending: 'processing',
  Succeeded: 'success',
  Failed: 'error',
};

/** The delivery log of one subscription: state, attempts, last response code and duration, and replay. */
export function DeliveriesTable({ subscriptionId }: { subscriptionId: string }) {
  const t = useT(clientsMessages);
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const deliveries = useDeliveries(subscriptionId, page);
  const replay = useReplayDelivery();

  const onReplay = (delivery: WebhookDelivery) =>
    replay.mutateAsync(delivery.id).then(
      () => message.success(t('webhooks.success.replayed')),
      (error: unknown) => message.error(error instanceof Error ? error.message : t('error.generic')),
    );

  const columns: TableProps<WebhookDelivery>['columns'] = [
    { title: t('webhooks.delivery.createdAt'), dataIndex: 'createdAt', render: (value: string) => formatDateTime(value) },
    { title: t('webhooks.delivery.eventType'), dataIndex: 'eventType' },
    {
      title: t('webhooks.delivery.status'),
      dataIndex: 'status',
      render: (status: WebhookDelivery['status']) => (
        <Badge status={STATUS[status]} text={t(`webhooks.status.${status}`)} />
      ),
    },
    { title: t('webhooks.delivery.attempts'), dataIndex: 'attempts' },
    {
      title: t('webhooks.delivery.lastStatusCode'),
      dataIndex: 'lastStatusCode',
      render: (code: number | null, delivery) =>
        code ?? (delivery.lastError ? <Tooltip title={delivery.lastError}>—</Tooltip> : '—'),
    },
    {
      title: t('webhooks.delivery.duration'),
      dataIndex: 'lastDurationMs',
      render: (ms: number | null) => (ms == null ? '—' : `${ms} ms`),
    },
    {
      title: t('action.actions'),
      key: 'actions',
      render: (_, delivery) => (
        <Button type="link" size="small" onClick={() => void onReplay(delivery)} data-testid={`replay-${delivery.id}`}>
          {t('webhooks.action.replay')}
        </Button>
      ),
    },
  ];

  return (
    <>
      {deliveries.isError && <ProblemAlert error={deliveries.error} onRetry={() => void deliveries.refetch()} />}
      <Table<WebhookDelivery>
        rowKey="id"
        size="small"
        data-testid="deliveries-table"
        columns={columns}
        dataSource={deliveries.data?.items}
        loading={deliveries.isFetching && !deliveries.data}
        locale={{ emptyText: t('webhooks.noDeliveries') }}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize: 10,
          total: deliveries.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
      />
    </>
  );
}
