import { Table, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useJobTypes } from '@/features/registry-reference/api/get-job-types';
import { CatalogTags } from '@/features/registry-reference/components/catalog-tags';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { sortOrderOf } from '@/lib/table-sort';
import { useTablePagination } from '@/lib/use-paged-list';
import type { Worker, WorkersPage } from '../api/get-workers';
import { workersMessages } from '../locales';
import { CredentialBadge } from './credential-badge';
import { EmploymentTypeLabel, GenderLabel } from './worker-labels';

interface WorkersTableProps {
  page?: WorkersPage;
  loading: boolean;
  sort?: string;
  onChange: TableProps<Worker>['onChange'];
  /** Inside an institution's page the employer column says nothing new. */
  showInstitution?: boolean;
}

/** Workers with masked ID numbers and phones (the full values are only revealed, audited, on a worker's page). */
export function WorkersTable({ page, loading, sort, onChange, showInstitution = true }: WorkersTableProps) {
  const t = useT(workersMessages);
  const pagination = useTablePagination(page);
  const jobTypes = useJobTypes();
  const sortable = (key: string) => ({ key, sorter: true, sortOrder: sortOrderOf(sort, key) });

  const columns: TableProps<Worker>['columns'] = [
    {
      title: t('workers.field.name'),
      dataIndex: 'name',
      ...sortable('name'),
      render: (name: string, worker) => <Link to={`/registry/workers/${worker.id}`}>{name}</Link>,
    },
    {
      title: t('workers.field.idNumber'),
      dataIndex: 'idNumberMasked',
      render: (masked: string) => (
        <Typography.Text code data-testid="worker-id-masked">
          {masked}
        </Typography.Text>
      ),
    },
    { title: t('workers.field.gender'), dataIndex: 'gender', render: (gender: string) => <GenderLabel gender={gender} /> },
    { title: t('workers.field.age'), dataIndex: 'age', align: 'right' },
    { title: t('workers.field.phone'), dataIndex: 'phoneMasked' },
    ...(showInstitution
      ? [
          {
            title: t('workers.field.institution'),
            dataIndex: 'institutionName',
            render: (name: string | null | undefined, worker: Worker) =>
              worker.institutionId ? <Link to={`/registry/institutions/${worker.institutionId}`}>{name}</Link> : name,
          },
        ]
      : []),
    {
      title: t('workers.field.employmentType'),
      dataIndex: 'employmentType',
      render: (type: string) => <EmploymentTypeLabel type={type} />,
    },
    {
      title: t('workers.field.jobTypes'),
      dataIndex: 'jobTypes',
      render: (codes: string[]) => <CatalogTags codes={codes} catalog={jobTypes.data} />,
    },
    {
      title: t('workers.field.credentialStatus'),
      dataIndex: 'credentialStatus',
      render: (status: string) => <CredentialBadge status={status} />,
    },
    { title: t('field.createdAt'), dataIndex: 'createdAt', ...sortable('createdAt'), render: (value: string) => formatDateTime(value) },
  ];

  return (
    <Table<Worker>
      rowKey="id"
      data-testid="workers-table"
      columns={columns}
      dataSource={page?.items}
      loading={loading}
      onChange={onChange}
      scroll={{ x: 'max-content' }}
      pagination={pagination}
    />
  );
}
