import { Card, Col, InputNumber, Progress, Row, Statistic, Table } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { PageContainer } from '@/components/page-container';
import { PageError } from '@/components/page-error';
import { PageLoading } from '@/components/page-loading';
import { useT } from '@/lib/i18n';
import { useTargetProgress } from '../api/progress';
import { trainingMessages } from '../locales';

const ProgressChart = lazy(() => import('./progress-chart').then((m) => ({ default: m.ProgressChart })));

/** `/training/progress`: the yearly target (2000 by the plan) against completions, by month, category and street. */
export function ProgressPage() {
  const t = useT(trainingMessages);
  const [year, setYear] = useState(new Date().getFullYear());
  const progress = useTargetProgress(year);

  return (
    <PageContainer
      title={t('training.progress.title')}
      extra={<InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} aria-label={t('training.field.year')} />}
    >
      {progress.isPending ? (
        <PageLoading />
      ) : progress.isError ? (
        <PageError error={progress.error} onRetry={() => void progress.refetch()} />
      ) : (
        <>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Card>
                <Progress type="dashboard" percent={Math.min(100, progress.data.percent)} format={() => `${progress.data.percent}%`} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card><Statistic title={t('training.progress.target')} value={progress.data.target} /></Card>
            </Col>
            <Col xs={12} md={4}>
              <Card><Statistic title={t('training.progress.trained')} value={progress.data.trained} valueStyle={{ color: '#3f8600' }} /></Card>
            </Col>
            <Col xs={12} md={4}>
              <Card><Statistic title={t('training.progress.certified')} value={progress.data.certified} /></Card>
            </Col>
            <Col xs={12} md={4}>
              <Card><Statistic title={t('training.progress.enrolled')} value={progress.data.enrolled} /></Card>
            </Col>
          </Row>
          <Card title={t('training.progress.byMonth')}>
            <Suspense fallback={<PageLoading />}>
              <ProgressChart
                progress={progress.data}
                labels={{ monthly: t('training.progress.trained'), cumulative: t('training.progress.cumulative'), target: t('training.progress.target') }}
              />
            </Suspense>
          </Card>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Card title={t('training.progress.byCategory')}>
                <Table rowKey="code" size="small" pagination={false} dataSource={progress.data.byCategory} data-testid="progress-by-category"
                  columns={[{ title: t('training.field.category'), dataIndex: 'name' }, { title: t('training.progress.trained'), dataIndex: 'trained' }]} />
              </Card>
            </Col>
            <Col xs={24} md={12}>
              <Card title={t('training.progress.byStreet')}>
                <Table rowKey="code" size="small" pagination={false} dataSource={progress.data.byStreet}
                  columns={[{ title: t('training.field.street'), dataIndex: 'name' }, { title: t('training.progress.trained'), dataIndex: 'trained' }]} />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </PageContainer>
  );
}
