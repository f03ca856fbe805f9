import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { canManageVouchers } from '../access';
import { useBatches, type Batch } from '../api/batches';
import { vouchersMessages } from '../locales';
import { BatchFormModal } from './batch-form-modal';
import { BatchProgress } from './batch-progress';

/** 促进就业券发放批次: every batch with its progress gauges. */
export function BatchesPage() {
  const t = useT(vouchersMessages);
  const user = useCurrentUser();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [creating, setCreating] = useState(false);
  const batches = useBatches(page, pageSize);

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('vouchers.batches.title')}</Typography.Title>}
      extra={
        canManageVouchers(user) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="batches-create">
            {t('vouchers.batches.create')}
          </Button>
        )
      }
    >
      {batches.isError && <Alert type="error" showIcon message={t('vouchers.error.load')} style={{ marginBottom: 16 }} />}
      <Table<Batch>
        rowKey="id"
        loading={batches.isLoading}
        dataSource={batches.data?.items ?? []}
        locale={{ emptyText: t('vouchers.batches.empty') }}
        pagination={{
          current: page,
          pageSize,
          total: batches.data?.total ?? 0,
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
        }}
        columns={[
          {
            title: t('vouchers.batch.name'),
            dataIndex: 'name',
            render: (name: string, batch) => <Link to={`/vouchers/batches/${batch.id}`}>{name}</Link>,
          },
          { title: t('vouchers.batch.year'), dataIndex: 'year', width: 80 },
          { title: t('vouchers.batch.quantity'), dataIndex: 'quantity', width: 110 },
          { title: t('vouchers.batch.faceValue'), dataIndex: 'faceValue', width: 110, render: (v: number) => v.toFixed(2) },
          { title: t('vouchers.batch.remaining'), dataIndex: 'remaining', width: 100 },
          {
            title: t('vouchers.batch.validity'),
            width: 200,
            render: (_, batch) => `${batch.validFrom} ~ ${batch.validUntil}`,
          },
          { title: '', width: 320, render: (_, batch) => <BatchProgress batch={batch} compact /> },
        ]}
      />
      <BatchFormModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
