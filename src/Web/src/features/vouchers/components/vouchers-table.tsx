import { Alert, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { useVouchers, type VouchersPage, type VouchersQuery } from '../api/vouchers';
import { vouchersMessages } from '../locales';
import { VoucherStatusBadge } from './voucher-status';

type Row = VouchersPage['items'][number];

/** Vouchers matching a filter, each linking to its detail page. */
export function VouchersTable({ filter, emptyText }: { filter: Omit<VouchersQuery, 'page' | 'pageSize'>; emptyText?: string }) {
  const t = useT(vouchersMessages);
  const [page, setPage] = useState(1);
  const vouchers = useVouchers({ ...filter, page, pageSize: 20 });
  return (
    <>
      {vouchers.isError && <Alert type="error" showIcon message={t('vouchers.error.load')} />}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={vouchers.isLoading}
        dataSource={vouchers.data?.items ?? []}
        locale={emptyText ? { emptyText } : undefined}
        pagination={{ current: page, pageSize: 20, total: vouchers.data?.total ?? 0, onChange: setPage }}
        columns={[
          {
            title: t('vouchers.voucher.code'),
            dataIndex: 'displayCode',
            render: (code: string, v) => <Link to={`/vouchers/${v.id}`} data-testid={`voucher-link-${v.code}`}>{code}</Link>,
          },
          { title: t('vouchers.voucher.holder'), dataIndex: 'holderName' },
          { title: t('vouchers.application.streetCode'), dataIndex: 'streetName' },
          { title: t('vouchers.voucher.status'), dataIndex: 'status', render: (s: Row['status']) => <VoucherStatusBadge status={s} /> },
          { title: t('vouchers.voucher.institution'), dataIndex: 'institutionName' },
          { title: t('vouchers.voucher.scheduledFor'), render: (_, v) => v.service.scheduledFor ?? '' },
          { title: t('vouchers.application.createdAt'), dataIndex: 'issuedAt', render: formatDateTime },
        ]}
      />
    </>
  );
}
