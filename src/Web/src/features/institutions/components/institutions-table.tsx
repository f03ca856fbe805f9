import { Space, Table, Tag, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useBusinessFormats } from '@/features/registry-reference/api/get-business-formats';
import { useTitleDefinitions } from '@/features/registry-reference/api/get-title-definitions';
import { catalogName } from '@/features/registry-reference/catalog';
import { CatalogTags } from '@/features/registry-reference/components/catalog-tags';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { sortOrderOf } from '@/lib/table-sort';
import { useTablePagination } from '@/lib/use-paged-list';
import type { Institution, InstitutionsPage } from '../api/get-institutions';
import { institutionsMessages } from '../locales';
import { InstitutionStatusBadge } from './institution-status';

interface InstitutionsTableProps {
  page?: InstitutionsPage;
  loading: boolean;
  sort?: string;
  onChange: TableProps<Institution>['onChange'];
}

export function InstitutionsTable({ page, loading, sort, onChange }: InstitutionsTableProps) {
  const t = useT(institutionsMessages);
  const pagination = useTablePagination(page);
  const formats = useBusinessFormats();
  const titles = useTitleDefinitions();
  const sortable = (key: string) => ({ key, sorter: true, sortOrder: sortOrderOf(sort, key) });

  const columns: TableProps<Institution>['columns'] = [
    {
      title: t('institutions.field.name'),
      dataIndex: 'name',
      ...sortable('name'),
      render: (name: string, institution) => <Link to={`/registry/institutions/${institution.id}`}>{name}</Link>,
    },
    {
      title: t('institutions.field.creditCode'),
      dataIndex: 'creditCode',
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    { title: t('institutions.field.streetCode'), dataIndex: 'streetName', ...sortable('streetCode') },
    {
      title: t('institutions.field.businessFormats'),
      dataIndex: 'businessFormats',
      render: (codes: string[]) => <CatalogTags codes={codes} catalog={formats.data} />,
    },
    {
      title: t('institutions.field.status'),
      dataIndex: 'status',
      ...sortable('status'),
      render: (status: string) => <InstitutionStatusBadge status={status} />,
    },
    {
      title: t('institutions.field.labels'),
      key: 'labels',
      render: (_, institution) => (
        <Space wrap size={[0, 4]}>
          {institution.isEmployeeBased && <Tag color="green">{t('institutions.tag.employeeBased')}</Tag>}
          {institution.isAllianceMember && <Tag color="blue">{t('institutions.tag.allianceMember')}</Tag>}
          {institution.titles.map((title) => (
            <Tag key={title} color="gold">
              {catalogName(titles.data, title)}
            </Tag>
          ))}
        </Space>
      ),
    },
    { title: t('institutions.field.workerCount'), dataIndex: 'workerCount', align: 'right' },
    {
      title: t('field.createdAt'),
      dataIndex: 'createdAt',
      ...sortable('createdAt'),
      render: (value: string) => formatDateTime(value),
    },
  ];

  return (
    <Table<Institution>
      rowKey="id"
      data-testid="institutions-table"
      columns={columns}
      dataSource={page?.items}
      loading={loading}
      onChange={onChange}
      scroll={{ x: 'max-content' }}
      pagination={pagination}
    />
  );
}
