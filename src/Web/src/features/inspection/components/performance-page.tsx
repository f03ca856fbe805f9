import { Button, Checkbox, InputNumber, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { problemOf } from '@/lib/problem-details';
import { usePerformanceRanking, useRunPerformance, type PerformanceResult } from '../api/performance';
import { canManageInspection } from '../access';
import { supervisionMessages } from '../locales/supervision';

/** `/inspection/performance`: the yearly performance evaluation (绩效考评): ranking with components and the excellent group. */
export function PerformancePage() {
  const t = useT(supervisionMessages);
  const user = useCurrentUser();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [excellentOnly, setExcellentOnly] = useState(false);
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const ranking = usePerformanceRanking(year, { excellent: excellentOnly ? true : undefined, ...page });
  const run = useRunPerformance();
  const notRun = ranking.isError && problemOf(ranking.error)?.status === 404;

  const score = (value: number) => value.toFixed(2);
  const columns: TableProps<PerformanceResult>['columns'] = [
    { title: t('performance.rank'), dataIndex: 'rank', width: 70 },
    {
      title: t('performance.institution'),
      dataIndex: 'institutionName',
      render: (name: string, r) => (
        <Space>
          {name}
          {r.excellent && (
            <Tag color="gold" data-testid={`excellent-${r.institutionId}`}>
              {t('performance.excellent')}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      title: t('performance.inspection'),
      dataIndex: 'inspectionComponent',
      render: (v: number, r) => `${score(v)}${r.inspectionScore === null ? ' (—)' : ''}`,
    },
    { title: t('performance.complaints'), dataIndex: 'complaintComponent', render: (v: number, r) => `${score(v)} (${r.substantiatedComplaints})` },
    {
      title: t('performance.evaluations'),
      dataIndex: 'evaluationComponent',
      render: (v: number, r) => `${score(v)}${r.evaluationAverage != null ? ` (★${r.evaluationAverage.toFixed(2)})` : ''}`,
    },
    {
      title: t('performance.verification'),
      dataIndex: 'verificationComponent',
      render: (v: number, r) => `${score(v)} (${r.checksConfirmed}/${r.checksConfirmed + r.checksDiscrepancy})`,
    },
    { title: t('performance.total'), dataIndex: 'total', render: (v: number) => <strong>{score(v)}</strong> },
  ];

  return (
    <PageContainer
      title={t('performance.title')}
      extra={
        <Space>
          <InputNumber
            min={2000}
            max={new Date().getFullYear()}
            value={year}
            onChange={(v) => v && setYear(v)}
            addonBefore={t('performance.year')}
            data-testid="performance-year"
          />
          {canManageInspection(user) && (
            <Button type="primary" loading={run.isPending} onClick={() => run.mutate(year)} data-testid="performance-run">
              {ranking.data ? t('performance.rerun') : t('performance.run')}
            </Button>
          )}
        </Space>
      }
    >
      {run.isError && <ProblemAlert error={run.error} />}
      {notRun ? (
        <Typography.Text type="secondary" data-testid="performance-not-run">
          {t('performance.notRun')}
        </Typography.Text>
      ) : ranking.isError ? (
        <ProblemAlert error={ranking.error} onRetry={() => void ranking.refetch()} />
      ) : (
        <>
          {ranking.data && (
            <Space direction="vertical" style={{ marginBottom: 16 }}>
              <Typography.Text type="secondary">
                {t('performance.computed', {
                  by: ranking.data.run.computedBy,
                  at: formatDateTime(ranking.data.run.computedAt),
                  count: ranking.data.run.institutionCount,
                  excellent: ranking.data.run.excellentCount,
                })}
              </Typography.Text>
              <Typography.Text type="secondary">{ranking.data.run.parameters}</Typography.Text>
              <Checkbox checked={excellentOnly} onChange={(e) => setExcellentOnly(e.target.checked)}>
                {t('performance.excellentOnly')}
              </Checkbox>
            </Space>
          )}
          <Table<PerformanceResult>
            rowKey="institutionId"
            data-testid="performance-table"
            columns={columns}
            dataSource={ranking.data?.items}
            loading={ranking.isFetching}
            locale={{ emptyText: t('state.empty') }}
            pagination={{
              current: ranking.data?.page,
              pageSize: ranking.data?.pageSize,
              total: ranking.data?.total,
              onChange: (p, s) => setPage({ page: p, pageSize: s }),
            }}
            scroll={{ x: 'max-content' }}
          />
        </>
      )}
    </PageContainer>
  );
}
