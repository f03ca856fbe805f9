import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { usePagedList } from '@/lib/use-paged-list';
import { useUsers, type User, type UsersFilter } from '../api/get-users';
import { usersMessages } from '../locales';
import { CreateUserModal } from './create-user-modal';
import { EditUserModal } from './edit-user-modal';
import { ResetPasswordModal } from './reset-password-modal';
import { UsersFilters, type UsersFilterValues } from './users-filters';
import { UsersTable } from './users-table';

function fromForm(filters: UsersFilterValues): Omit<UsersFilter, 'page' | 'pageSize'> {
  return {
    search: filters.search?.trim() || undefined,
    role: filters.role,
    isDisabled: filters.status ? filters.status === 'disabled' : undefined,
  };
}

export function UsersPage() {
  const t = useT(usersMessages);
  const { filter, search, onTableChange } = usePagedList<UsersFilter>({});
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
        <UsersFilters onSearch={(filters) => search(fromForm(filters))} />
      </Card>
      {users.isError && <ProblemAlert error={users.error} onRetry={() => void users.refetch()} />}
      <UsersTable
        page={users.data}
        loading={users.isFetching}
        sort={filter.sort}
        onChange={onTableChange}
        onEdit={(user) => setEditing(user.id)}
        onResetPassword={setResetting}
      />
      <CreateUserModal open={creating} onClose={() => setCreating(false)} />
      <EditUserModal userId={editing} onClose={() => setEditing(undefined)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(undefined)} />
    </PageContainer>
  );
}
