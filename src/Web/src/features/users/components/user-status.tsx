import { Badge, Tooltip } from 'antd';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import type { User } from '../api/get-users';
import { usersMessages } from '../locales';

export function UserStatus({ user }: { user: Pick<User, 'isDisabled' | 'isLockedOut' | 'lockoutEnd'> }) {
  const t = useT(usersMessages);
  if (user.isDisabled) return <Badge status="default" text={t('users.status.disabled')} />;
  if (user.isLockedOut) {
    return (
      <Tooltip title={user.lockoutEnd && t('users.status.lockedOutUntil', { until: formatDateTime(user.lockoutEnd) })}>
        <Badge status="warning" text={t('users.status.lockedOut')} />
      </Tooltip>
    );
  }
  return <Badge status="success" text={t('users.status.active')} />;
}
