import { Space, Table, Tag, type TableProps } from 'antd';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { streetName, useStreets } from '@/lib/reference';
import { roleLabel } from '@/lib/roles';
import { sortOrderOf } from '@/lib/table-sort';
import { useTablePagination } from '@/lib/use-paged-list';
import type { User, UsersPage } from '../api/get-users';
import { usersMessages } from '../locales';
import { UserActions } from './user-actions';
import { UserStatus } from './user-status';

interface UsersTableProps {
  page?: UsersPage;
  loading: boolean;
  sort?: string;
  onChange: TableProps<User>['onChange'];
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

export function UsersTable({ page, loading, sort, onChange, onEdit, onResetPassword }: UsersTableProps) {
  const t = useT(usersMessages);
  const pagination = useTablePagination(page);
  const streets = useStreets();
  const sortable = (key: string) => ({ key, sorter: true, sortOrder: sortOrderOf(sort, key) });

  const columns: TableProps<User>['columns'] = [
    { title: t('users.field.userName'), dataIndex: 'userName', ...sortable('userName') },
    { title: t('users.field.displayName'), dataIndex: 'displayName', ...sortable('displayName') },
    {
      title: t('users.field.roles'),
      dataIndex: 'roles',
      render: (roles: string[]) => (
        <Space wrap size={[0, 4]}>
          {roles.map((role) => (
            <Tag key={role}>{roleLabel(t, role)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('users.field.scope'),
      key: 'scope',
      render: (_, user) =>
        user.streetCode
          ? streetName(streets.data, user.streetCode)
          : user.institutionId
            ? t('users.scope.institution', { id: user.institutionId })
            : t('users.scope.district'),
    },
    { title: t('users.field.status'), key: 'status', render: (_, user) => <UserStatus user={user} /> },
    {
      title: t('field.createdAt'),
      dataIndex: 'createdAt',
      ...sortable('createdAt'),
      render: (value: string) => formatDateTime(value),
    },
    {
      title: t('action.actions'),
      key: 'actions',
      render: (_, user) => <UserActions user={user} onEdit={onEdit} onResetPassword={onResetPassword} />,
    },
  ];

  return (
    <Table<User>
      rowKey="id"
      data-testid="users-table"
      columns={columns}
      dataSource={page?.items}
      loading={loading}
      onChange={onChange}
      scroll={{ x: 'max-content' }}
      pagination={pagination}
    />
  );
}
