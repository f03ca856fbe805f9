import { Button, Card, Descriptions, Result, Space, Spin, Table, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useCurrentUser } from '@/lib/auth';
import { isApiError } from '@/lib/problem-details';
import { useT } from '@/lib/i18n';
import { canReviewVouchers } from '../access';
import { groupName, useBatch, useVoucherGroups } from '../api/batches';
import { vouchersMessages } from '../locales';
import { BatchProgress } from './batch-progress';
import { DeclarationModal } from './declaration-modal';
import { ReviewQueue } from './review-queue';
import { VouchersTable } from './vouchers-table';

/** One batch: its figures and gauges, the review queue with the declaration form, its vouchers and street quotas. */
export function BatchDetailPage() {
  const t = useT(vouchersMessages);
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const batch = useBatch(id);
  const groups = useVoucherGroups();
  const [declaring, setDeclaring] = useState(false);
  const canReview = canReviewVouchers(user);

  if (batch.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (batch.isError || !batch.data) {
    const notFound = isApiError(batch.error) && batch.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('vouchers.batch.notFound') : t('vouchers.error.load')}
        extra={<Link to="/vouchers/batches">{t('vouchers.batch.back')}</Link>}
      />
    );
  }

  const b = batch.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={b.name}
        extra={
          <Space>
            <Link to="/vouchers/batches">{t('vouchers.batch.back')}</Link>
            {canReview && (
              <Button type="primary" onClick={() => setDeclaring(true)} data-testid="batch-declare">
                {t('vouchers.declare')}
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t('vouchers.batch.quantity')}>{b.quantity}</Descriptions.Item>
          <Descriptions.Item label={t('vouchers.batch.faceValue')}>{b.faceValue.toFixed(2)}</Descriptions.Item>
          <Descriptions.Item label={t('vouchers.batch.totalValue')}>{b.totalValue.toFixed(2)}</Descriptions.Item>
          <Descriptions.Item label={t('vouchers.batch.remaining')}>
            <span data-testid="batch-remaining">{b.remaining}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('vouchers.batch.settledValue')}>{b.settledValue.toFixed(2)}</Descriptions.Item>
          <Descriptions.Item label={t('vouchers.batch.pending')}>{b.pendingApplicationCount}</Descriptions.Item>
          <Descriptions.Item label={t('vouchers.batch.validity')}>{`${b.validFrom} ~ ${b.validUntil}`}</Descriptions.Item>
          <Descriptions.Item label={t('vouchers.batch.groups')} span={2}>
            {b.eligibleGroups.map((g) => groupName(groups.data, g)).join('、')}
          </Descriptions.Item>
        </Descriptions>
        <BatchProgress batch={b} />
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'review', label: t('vouchers.tab.review'), children: <ReviewQueue batch={b} canReview={canReview} /> },
            { key: 'vouchers', label: t('vouchers.tab.vouchers'), children: <VouchersTable filter={{ batchId: b.id }} /> },
            ...(b.streetQuotas.length > 0
              ? [
                  {
                    key: 'quotas',
                    label: t('vouchers.tab.quotas'),
                    children: (
                      <Table
                        rowKey="streetCode"
                        size="small"
                        pagination={false}
                        dataSource={b.streetQuotas}
                        columns={[
                          { title: t('vouchers.application.streetCode'), dataIndex: 'streetName' },
                          { title: t('vouchers.batch.quantity'), dataIndex: 'quota' },
                          { title: t('vouchers.progress.issued'), dataIndex: 'issued' },
                          { title: t('vouchers.batch.remaining'), dataIndex: 'remaining' },
                        ]}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <DeclarationModal batch={b} open={declaring} onClose={() => setDeclaring(false)} />
    </Space>
  );
}
