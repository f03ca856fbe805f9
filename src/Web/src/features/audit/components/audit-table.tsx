import { Flex, Table, Typography, type TableProps } from 'antd';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { useTablePagination } from '@/lib/use-paged-list';
import type { AuditEntry, AuditPage } from '../api/get-audit';
import { auditMessages } from '../locales';
import { AuditDetails } from './audit-details';
import { OutcomeBadge } from './outcome-badge';

interface AuditTableProps {
  page?: AuditPage;
  loading: boolean;
  onChange: TableProps<AuditEntry>['onChange'];
}

export function AuditTable({ page, loading, onChange }: AuditTableProps) {
  const t = useT(auditMessages);
  const pagination = useTablePagination(page);
  const columns: TableProps<AuditEntry>['columns'] = [
    { title: t('audit.field.sequence'), dataIndex: 'sequence' },
    { title: t('audit.field.occurredAt'), dataIndex: 'occurredAt', render: (value: string) => formatDateTime(value) },
    {
      title: t('audit.field.actor'),
      key: 'actor',
      render: (_, entry) => (
        <Flex vertical>
          <span>{entry.actor}</span>
          <Typography.Text type="secondary">{entry.actorType}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('audit.field.module'), dataIndex: 'module' },
    { title: t('audit.field.action'), dataIndex: 'action', render: (action: string) => <Typography.Text code>{action}</Typography.Text> },
    {
      title: t('audit.field.target'),
      key: 'target',
      render: (_, entry) => [entry.targetType, entry.targetId].filter(Boolean).join(' / '),
    },
    {
      title: t('audit.field.outcome'),
      key: 'outcome',
      render: (_, entry) => <OutcomeBadge outcome={entry.outcome} reason={entry.reason} />,
    },
    {
      title: t('audit.field.traceId'),
      dataIndex: 'traceId',
      render: (traceId: string | null) =>
        traceId && (
          <Typography.Text type="secondary" copyable={{ text: traceId }} ellipsis style={{ maxWidth: 160 }}>
            {traceId}
          </Typography.Text>
        ),
    },
  ];

  return (
    <Table<AuditEntry>
      rowKey="sequence"
      data-testid="audit-table"
      columns={columns}
      dataSource={page?.items}
      loading={loading}
      onChange={onChange}
      scroll={{ x: 'max-content' }}
      expandable={{ expandedRowRender: (entry) => <AuditDetails entry={entry} /> }}
      pagination={pagination}
    />
  );
}
