import { Card, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '@/lib/i18n';
import { vouchersMessages } from '../locales';
import { VouchersTable } from './vouchers-table';

const VIEWS = {
  waiting: 'InstitutionSelected,Scheduled',
  served: 'Served,FollowedUp',
  done: 'Verified,Discrepancy,Reimbursed',
} as const;

/** 服务队列: the vouchers that chose the user's institution (the API applies the scope), by stage. */
export function ServiceQueuePage() {
  const t = useT(vouchersMessages);
  const [view, setView] = useState<keyof typeof VIEWS>('waiting');
  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('vouchers.queue.title')}</Typography.Title>}
      extra={
        <Segmented
          value={view}
          onChange={(value) => setView(value as keyof typeof VIEWS)}
          options={[
            { value: 'waiting', label: `${t('vouchers.status.InstitutionSelected')} / ${t('vouchers.status.Scheduled')}` },
            { value: 'served', label: t('vouchers.status.Served') },
            { value: 'done', label: t('vouchers.status.Verified') },
          ]}
        />
      }
    >
      <VouchersTable filter={{ status: VIEWS[view], sort: 'scheduledFor' }} emptyText={t('vouchers.queue.empty')} />
    </Card>
  );
}
