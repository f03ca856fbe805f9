import { Badge, Button, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { useTablePagination } from '@/lib/use-paged-list';
import type { ApiClient, ClientsPage } from '../api/get-clients';
import { clientsMessages } from '../locales';
import { RevokeClientButton } from './revoke-client-button';

interface ClientsTableProps {
  page?: ClientsPage;
  loading: boolean;
  onChange: TableProps<ApiClient>['onChange'];
  onWebhooks: (client: ApiClient) => void;
}

const tags = (values: string[]) => (
  <Space wrap size={[0, 4]}>
    {values.map((value) => (
      <Tag key={value}>{value}</Tag>
    ))}
  </Space>
);

export function ClientsTable({ page, loading, onChange, onWebhooks }: ClientsTableProps) {
  const t = useT(clientsMessages);
  const pagination = useTablePagination(page);
  const columns: TableProps<ApiClient>['columns'] = [
    { title: t('clients.field.name'), dataIndex: 'name' },
    {
      title: t('clients.field.clientId'),
      dataIndex: 'clientId',
      render: (clientId: string) => <Typography.Text code copyable>{clientId}</Typography.Text>,
    },
    { title: t('clients.field.scopes'), dataIndex: 'scopes', render: tags },
    { title: t('clients.field.institutionIds'), dataIndex: 'institutionIds', render: tags },
    {
      title: t('clients.field.status'),
      dataIndex: 'isRevoked',
      render: (revoked: boolean) =>
        revoked ? (
          <Badge status="default" text={t('clients.status.revoked')} />
        ) : (
          <Badge status="success" text={t('clients.status.active')} />
        ),
    },
    { title: t('field.createdAt'), dataIndex: 'createdAt', render: (value: string) => formatDateTime(value) },
    {
      title: t('action.actions'),
      key: 'actions',
      render: (_, client) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onWebhooks(client)} data-testid={`webhooks-${client.id}`}>
            {t('clients.action.webhooks')}
          </Button>
          <RevokeClientButton client={client} />
        </Space>
      ),
    },
  ];

  return (
    <Table<ApiClient>
      rowKey="id"
      data-testid="clients-table"
      columns={columns}
      dataSource={page?.items}
      loading={loading}
      onChange={onChange}
      scroll={{ x: 'max-content' }}
      pagination={pagination}
    />
  );
}
