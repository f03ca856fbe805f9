import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { PageContainer } from '@/components/page-container';
import { PageLoading } from '@/components/page-loading';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { streetName, useStreets } from '@/lib/reference';
import { useApplication } from '../api/subsidy';
import { subsidyMessages } from '../locales';
import { ApplicationActions } from './application-actions';
import { BreakdownTable } from './breakdown-table';
import { EvidenceCard } from './evidence-card';
import { returnComment } from './resubmit-modal';
import { StatusTag, yuan } from './subsidy-labels';

/** 补贴申请详情: the application, its stored calculation, the review history and the next steps. */
export function ApplicationDetailPage() {
  const { id = '' } = useParams();
  const t = useT(subsidyMessages);
  const streets = useStreets();
  const query = useApplication(id);
  const back = (
    <Link to="/subsidy/applications">
      <Button icon={<ArrowLeftOutlined />}>{t('subsidy.detail.back')}</Button>
    </Link>
  );
  if (query.isLoading) return <PageLoading />;
  if (query.isError || !query.data) {
    return (
      <PageContainer title={t('subsidy.detail.title')} extra={back}>
        <ProblemAlert error={query.error} onRetry={() => query.refetch()} />
      </PageContainer>
    );
  }
  const a = query.data;
  const returned = a.status === 'Returned' ? returnComment(a) : null;
  return (
    <PageContainer title={`${a.itemName} · ${a.institutionName}`} extra={back}>
      {a.status === 'Returned' && (
        <Alert
          type="warning"
          showIcon
          title={t('subsidy.resubmit.returned')}
          description={returned ?? undefined}
          style={{ marginBottom: 16 }}
          data-testid="return-comment"
        />
      )}
      <Card extra={<ApplicationActions application={a} />} title={<StatusTag status={a.status} />}>
        <Descriptions column={{ xs: 1, md: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t('subsidy.item')}>{a.itemName}</Descriptions.Item>
          <Descriptions.Item label={t('subsidy.year')}>{a.year}</Descriptions.Item>
          <Descriptions.Item label={t('subsidy.amount')}>
            <Typography.Text strong data-testid="detail-amount">
              {yuan(a.amount)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('subsidy.institution')}>{a.institutionName}</Descriptions.Item>
          <Descriptions.Item label={t('subsidy.street')}>{streetName(streets.data, a.streetCode)}</Descriptions.Item>
          <Descriptions.Item label={t('subsidy.detail.parameterVersion')}>{a.parameterVersion}</Descriptions.Item>
          <Descriptions.Item label={t('subsidy.createdBy')}>{a.createdBy}</Descriptions.Item>
          <Descriptions.Item label={t('subsidy.createdAt')}>{formatDateTime(a.createdAt)}</Descriptions.Item>
          {a.paidOn && (
            <Descriptions.Item label={t('subsidy.detail.paidOn')}>
              {a.paidOn} · {a.bankReference}
            </Descriptions.Item>
          )}
          {a.recoveryReason && <Descriptions.Item label={t('subsidy.detail.recoveryReason')}>{a.recoveryReason}</Descriptions.Item>}
          {a.recoveredOn && (
            <Descriptions.Item label={t('subsidy.detail.recoveredOn')}>
              {a.recoveredOn} · {a.recoveryReference}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Flex gap="middle" wrap align="start">
        <Card title={t('subsidy.detail.breakdown')} style={{ flex: '2 1 480px' }}>
          <BreakdownTable calculation={a.breakdown} />
        </Card>
        <Card title={t('subsidy.detail.history')} style={{ flex: '1 1 320px' }}>
          <Timeline
            data-testid="review-history"
            items={a.reviews.map((r) => ({
              children: (
                <>
                  <Typography.Text strong>{t(`subsidy.review.${r.action}` as Parameters<typeof t>[0])}</Typography.Text>
                  <div>
                    {r.actor} · {formatDateTime(r.at)}
                  </div>
                  {r.comment && <Typography.Text type="secondary">{r.comment}</Typography.Text>}
                </>
              ),
            }))}
          />
        </Card>
      </Flex>
      <EvidenceCard application={a} />
    </PageContainer>
  );
}
