import { Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { useEmployments, type Employment } from '../api/get-employments';
import { workersMessages } from '../locales';
import { EmploymentTypeLabel } from './worker-labels';

/** 从业经历: every institution the worker has worked for, the current one open-ended. */
export function EmploymentHistory({ workerId }: { workerId: string }) {
  const t = useT(workersMessages);
  const employments = useEmployments(workerId);

  const columns: TableProps<Employment>['columns'] = [
    {
      title: t('workers.field.institution'),
      dataIndex: 'institutionName',
      render: (name: string, employment) => <Link to={`/registry/institutions/${employment.institutionId}`}>{name}</Link>,
    },
    { title: t('workers.field.employmentType'), dataIndex: 'employmentType', render: (type: string) => <EmploymentTypeLabel type={type} /> },
    { title: t('workers.employment.startedOn'), dataIndex: 'startedOn' },
    {
      title: t('workers.employment.endedOn'),
      dataIndex: 'endedOn',
      render: (endedOn: string | null | undefined) => endedOn ?? t('workers.employment.current'),
    },
  ];

  if (employments.isError) return <ProblemAlert error={employments.error} onRetry={() => void employments.refetch()} />;
  return (
    <Table<Employment>
      rowKey="id"
      size="small"
      data-testid="employment-history"
      columns={columns}
      dataSource={employments.data}
      loading={employments.isFetching}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
