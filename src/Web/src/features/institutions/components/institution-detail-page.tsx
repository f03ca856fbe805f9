import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Result, Space, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageContainer } from '@/components/page-container';
import { PageError } from '@/components/page-error';
import { PageLoading } from '@/components/page-loading';
import { useT } from '@/lib/i18n';
import { isApiError } from '@/lib/problem-details';
import { useInstitution, type InstitutionDetail } from '../api/get-institution';
import { institutionsMessages } from '../locales';
import { FilingsTab } from './filings-tab';
import { HistoryTab } from './history-tab';
import { InstitutionActions } from './institution-actions';
import { InstitutionProfile } from './institution-profile';
import { InstitutionStatusBadge } from './institution-status';
import { ServicePointsTab } from './service-points-tab';
import { TitlesTab } from './titles-tab';

export const INSTITUTION_TABS = ['profile', 'workers', 'stations', 'filing', 'titles', 'integrity', 'history'] as const;
type InstitutionTab = (typeof INSTITUTION_TABS)[number];
const isTab = (value: string | null): value is InstitutionTab => (INSTITUTION_TABS as readonly (string | null)[]).includes(value);

interface InstitutionDetailPageProps {
  /** The workers tab's content; the app composes it from the workers feature. */
  renderWorkers?: (institution: InstitutionDetail) => ReactNode;
  /** The integrity record tab (诚信档案); the app composes it from the inspection feature. */
  renderIntegrity?: (institution: InstitutionDetail) => ReactNode;
}

/** `/registry/institutions/:id`: the institution's header with its workflow actions, and its tabs (`?tab=`). */
export function InstitutionDetailPage({ renderWorkers, renderIntegrity }: InstitutionDetailPageProps) {
  const t = useT(institutionsMessages);
  const { id } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const detail = useInstitution(id);
  const requested = searchParams.get('tab');
  const tab: InstitutionTab = isTab(requested) ? requested : 'profile';

  if (detail.isPending) return <PageLoading />;
  if (detail.isError) {
    return isApiError(detail.error) && detail.error.status === 404 ? (
      <Result
        status="404"
        title={t('institutions.notFound.title')}
        subTitle={t('institutions.notFound.subTitle')}
        extra={
          <Link to="/registry/institutions">
            <Button type="primary">{t('institutions.backToList')}</Button>
          </Link>
        }
      />
    ) : (
      <PageError error={detail.error} onRetry={() => void detail.refetch()} />
    );
  }

  const { institution, etag } = detail.data;
  const items = [
    {
      key: 'profile',
      label: t('institutions.tab.profile'),
      children: <InstitutionProfile institution={institution} etag={etag} onReload={() => detail.refetch()} />,
    },
    ...(renderWorkers ? [{ key: 'workers', label: t('institutions.tab.workers'), children: renderWorkers(institution) }] : []),
    { key: 'stations', label: t('institutions.tab.stations'), children: <ServicePointsTab institution={institution} /> },
    { key: 'filing', label: t('institutions.tab.filing'), children: <FilingsTab institutionId={institution.id} /> },
    { key: 'titles', label: t('institutions.tab.titles'), children: <TitlesTab institutionId={institution.id} /> },
    ...(renderIntegrity ? [{ key: 'integrity', label: t('institutions.tab.integrity'), children: renderIntegrity(institution) }] : []),
    { key: 'history', label: t('institutions.tab.history'), children: <HistoryTab institutionId={institution.id} /> },
  ];

  return (
    <PageContainer
      title={
        <Space wrap>
          <Link to="/registry/institutions" aria-label={t('institutions.backToList')}>
            <ArrowLeftOutlined />
          </Link>
          <span data-testid="institution-name">{institution.name}</span>
          <InstitutionStatusBadge status={institution.status} reason={institution.statusReason} />
        </Space>
      }
      extra={<InstitutionActions institution={institution} etag={etag} />}
    >
      <Flex gap="large" wrap>
        <Typography.Text type="secondary">
          {t('format.label', { label: t('institutions.field.creditCode') })}
          <Typography.Text code>{institution.creditCode}</Typography.Text>
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('format.label', { label: t('institutions.field.streetCode') })}
          {institution.streetName}
        </Typography.Text>
      </Flex>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearchParams(key === 'profile' ? {} : { tab: key }, { replace: true })}
          items={items}
          data-testid="institution-tabs"
        />
      </Card>
    </PageContainer>
  );
}
