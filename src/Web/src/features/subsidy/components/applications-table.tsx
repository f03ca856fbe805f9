import { Table } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { streetName, useStreets } from '@/lib/reference';
import type { SubsidyApplication } from '../api/subsidy';
import { subsidyMessages } from '../locales';
import { StatusTag, yuan } from './subsidy-labels';

interface ApplicationsTableProps {
  data: SubsidyApplication[] | undefined;
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  emptyText: string;
  /** Row selection for bulk actions; none when absent. */
  selection?: { keys: string[]; onChange: (rows: SubsidyApplication[]) => void };
}

export function ApplicationsTable({ data, total, loading, page, pageSize, onPage, emptyText, selection }: ApplicationsTableProps) {
  const t = useT(subsidyMessages);
  const streets = useStreets();
  return (
    <Table<SubsidyApplication>
      rowKey="id"
      loading={loading}
      dataSource={data ?? []}
      locale={{ emptyText }}
      data-testid="subsidy-applications"
      rowSelection={
        selection && {
          selectedRowKeys: selection.keys,
          onChange: (_, rows) => selection.onChange(rows),
        }
      }
      pagination={{ current: page, pageSize, total, onChange: onPage, showSizeChanger: true }}
      columns={[
        { title: t('subsidy.institution'), dataIndex: 'institutionName', render: (name: string, a) => <Link to={`/subsidy/applications/${a.id}`}>{name}</Link> },
        { title: t('subsidy.item'), dataIndex: 'itemName' },
        { title: t('subsidy.year'), dataIndex: 'year' },
        { title: t('subsidy.street'), dataIndex: 'streetCode', render: (code: string) => streetName(streets.data, code) },
        { title: t('subsidy.amount'), dataIndex: 'amount', align: 'right', render: (a: number) => yuan(a) },
        { title: t('subsidy.status'), dataIndex: 'status', render: (s: SubsidyApplication['status']) => <StatusTag status={s} /> },
        { title: t('subsidy.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
      ]}
    />
  );
}
