import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { toSortParam } from '@/lib/table-sort';
import { useUsers, type User, type UsersFilter } from '../api/get-users';
import { usersMessages } from '../locales';
import { CreateUserModal } from './create-user-modal';
import { EditUserModal } from './edit-user-modal';
import { ResetPasswordModal } from './reset-password-modal';
import { UsersFilters, type UsersFilterValues } from './users-filters';
import { UsersTable } from './users-table';

const DEFAULT_PAGE_SIZE = 20;

function fromForm(filters: UsersFilterValues): Omit<UsersFilter, 'page' | 'pageSize'> {
  return {
    search: filters.search?.trim() || undefined,
    role: filters.role,
    isDisabled: filters.status ? filters.status === 'disabled' : undefined,
  };
}

export function UsersPage() {
  const t = useT(usersMessages);
  const [filter, setFilter] = useState<UsersFilter>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<string>();
  const [resetting, setResetting] = useState<User>();
  const users = useUsers(filter);

  return (
    <PageContainer
      title={t('users.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-user">
          {t('users.create')}
        </Button>
      }
    >
      <Card size="small">
        <UsersFilters onSearch={(filters) => setFilter((current) => ({ ...current, ...fromForm(filters), page: 1 }))} />
      </Card>
      {users.isError && <ProblemAlert error={users.error} onRetry={() => void users.refetch()} />}
      <UsersTable
        page={users.data}
        loading={users.isFetching}
        sort={filter.sort}
        onChange={(pagination, _filters, sorter) =>
          setFilter((current) => ({
            ...current,
            page: pagination.current ?? 1,
            pageSize: pagination.pageSize ?? DEFAULT_PAGE_SIZE,
            sort: toSortParam(sorter),
          }))
        }
        onEdit={(user) => setEditing(user.id)}
        onResetPassword={setResetting}
      />
      <CreateUserModal open={creating} onClose={() => setCreating(false)} />
      <EditUserModal userId={editing} onClose={() => setEditing(undefined)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(undefined)} />
    </PageContainer>
  );
}
