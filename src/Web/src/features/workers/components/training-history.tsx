import { Table, Tag, type TableProps } from 'antd';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { useWorkerTraining, type WorkerTraining } from '../api/get-worker-training';
import { workersMessages } from '../locales';

/** 培训经历与证书: classes completed and certificates issued, with the code anyone can check. */
export function TrainingHistory({ workerId }: { workerId: string }) {
  const t = useT(workersMessages);
  const training = useWorkerTraining(workerId);

  const columns: TableProps<WorkerTraining>['columns'] = [
    { title: t('workers.training.programme'), dataIndex: 'programmeName' },
    { title: t('workers.training.provider'), dataIndex: 'providerName' },
    { title: t('workers.training.completedOn'), dataIndex: 'completedOn', render: (d?: string | null) => d ?? '—' },
    { title: t('workers.training.hours'), dataIndex: 'attendedHours', render: (h?: number | null) => h ?? '—' },
    { title: t('workers.training.certificateNumber'), dataIndex: 'certificateNumber', render: (n?: string | null) => n ?? '—' },
    { title: t('workers.training.verificationCode'), dataIndex: 'verificationCode', render: (c?: string | null) => c ?? '—' },
    {
      title: t('workers.training.certificateStatus'),
      dataIndex: 'certificateStatus',
      render: (s?: string | null) =>
        s ? <Tag color={s === 'Valid' ? 'green' : 'red'}>{t(s === 'Valid' ? 'workers.training.valid' : 'workers.training.revoked')}</Tag> : '—',
    },
  ];

  if (training.isError) return <ProblemAlert error={training.error} onRetry={() => void training.refetch()} />;
  return (
    <Table<WorkerTraining>
      rowKey="enrollmentId"
      size="small"
      data-testid="training-history"
      columns={columns}
      dataSource={training.data}
      loading={training.isFetching}
      locale={{ emptyText: t('workers.training.empty') }}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
