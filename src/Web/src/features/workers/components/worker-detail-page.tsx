import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Result, Space } from 'antd';
import { Link, useParams } from 'react-router';
import { PageContainer } from '@/components/page-container';
import { PageError } from '@/components/page-error';
import { PageLoading } from '@/components/page-loading';
import { useT } from '@/lib/i18n';
import { isApiError } from '@/lib/problem-details';
import { useWorker } from '../api/get-worker';
import { useRevealWorker } from '../api/reveal-worker';
import { workersMessages } from '../locales';
import { CertificatesTable } from './certificates-table';
import { CredentialBadge } from './credential-badge';
import { EmploymentHistory } from './employment-history';
import { TrainingHistory } from './training-history';
import { WorkerActions } from './worker-actions';
import { WorkerProfile } from './worker-profile';

/** `/registry/workers/:id`: profile (with the audited reveal), certificates and employment history. */
export function WorkerDetailPage() {
  const t = useT(workersMessages);
  const { id } = useParams();
  const detail = useWorker(id);
  const reveal = useRevealWorker(id ?? '');

  if (detail.isPending) return <PageLoading />;
  if (detail.isError) {
    return isApiError(detail.error) && detail.error.status === 404 ? (
      <Result
        status="404"
        title={t('workers.notFound.title')}
        subTitle={t('workers.notFound.subTitle')}
        extra={
          <Link to="/registry/workers">
            <Button type="primary">{t('workers.backToList')}</Button>
          </Link>
        }
      />
    ) : (
      <PageError error={detail.error} onRetry={() => void detail.refetch()} />
    );
  }

  const { worker, etag } = detail.data;
  return (
    <PageContainer
      title={
        <Space wrap>
          <Link to="/registry/workers" aria-label={t('workers.backToList')}>
            <ArrowLeftOutlined />
          </Link>
          <span data-testid="worker-name">{worker.name}</span>
          <CredentialBadge status={worker.credentialStatus} />
        </Space>
      }
      extra={
        <WorkerActions worker={worker} etag={etag} revealedPhone={reveal.data?.phone} onReload={() => detail.refetch()} />
      }
    >
      <Card title={t('workers.section.profile')}>
        <WorkerProfile worker={worker} reveal={reveal} />
      </Card>
      <Card title={t('workers.section.certificates')}>
        <CertificatesTable certificates={worker.certificates} />
      </Card>
      <Card title={t('workers.section.employments')}>
        <EmploymentHistory workerId={worker.id} />
      </Card>
      <Card title={t('workers.section.training')}>
        <TrainingHistory workerId={worker.id} />
      </Card>
    </PageContainer>
  );
}
