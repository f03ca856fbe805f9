import { ArrowRightOutlined } from '@ant-design/icons';
import { Space, Table, type TableProps } from 'antd';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { useInstitutionHistory, type StatusChange } from '../api/get-institution-history';
import { institutionsMessages } from '../locales';
import { InstitutionStatusBadge } from './institution-status';

const HISTORY_ACTIONS = ['ApplyForRecognition', 'Recognise', 'Reject', 'Suspend', 'Revoke', 'Restore'] as const;
type HistoryAction = (typeof HISTORY_ACTIONS)[number];
const isHistoryAction = (value: string): value is HistoryAction => (HISTORY_ACTIONS as readonly string[]).includes(value);

/** 状态记录: every status change with who made it, when and why. */
export function HistoryTab({ institutionId }: { institutionId: string }) {
  const t = useT(institutionsMessages);
  const history = useInstitutionHistory(institutionId);

  const columns: TableProps<StatusChange>['columns'] = [
    { title: t('institutions.history.changedAt'), dataIndex: 'changedAt', render: (value: string) => formatDateTime(value) },
    {
      title: t('institutions.history.action'),
      dataIndex: 'action',
      render: (action: string) => (isHistoryAction(action) ? t(`institutions.history.action.${action}`) : action),
    },
    {
      title: t('institutions.history.change'),
      key: 'change',
      render: (_, change) => (
        <Space>
          <InstitutionStatusBadge status={change.fromStatus} />
          <ArrowRightOutlined />
          <InstitutionStatusBadge status={change.toStatus} />
        </Space>
      ),
    },
    { title: t('field.reason'), dataIndex: 'reason' },
    { title: t('institutions.history.changedBy'), dataIndex: 'changedBy' },
  ];

  if (history.isError) return <ProblemAlert error={history.error} onRetry={() => void history.refetch()} />;
  return (
    <Table<StatusChange>
      rowKey={(change) => `${change.changedAt}-${change.action}-${change.toStatus}`}
      size="small"
      data-testid="institution-history"
      columns={columns}
      dataSource={history.data}
      loading={history.isFetching}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
