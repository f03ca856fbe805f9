import { App, Button, Popconfirm, Space } from 'antd';
import { useT } from '@/lib/i18n';
import type { User } from '../api/get-users';
import { useSetUserDisabled } from '../api/set-user-disabled';
import { usersMessages } from '../locales';

interface UserActionsProps {
  user: User;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

export function UserActions({ user, onEdit, onResetPassword }: UserActionsProps) {
  const t = useT(usersMessages);
  const { message } = App.useApp();
  const setDisabled = useSetUserDisabled();
  const disable = !user.isDisabled;

  const toggle = () =>
    setDisabled.mutateAsync({ id: user.id, disabled: disable }).then(
      () => message.success(t(disable ? 'users.success.disabled' : 'users.success.enabled')),
      (error: unknown) => message.error(error instanceof Error ? error.message : t('error.generic')),
    );

  return (
    <Space size={0} wrap>
      <Button type="link" size="small" onClick={() => onEdit(user)}>
        {t('action.edit')}
      </Button>
      <Popconfirm
        title={t(disable ? 'users.confirm.disable' : 'users.confirm.enable', { name: user.displayName })}
        okText={t('action.confirm')}
        cancelText={t('action.cancel')}
        onConfirm={toggle}
      >
        <Button type="link" size="small" danger={disable}>
          {t(disable ? 'users.action.disable' : 'users.action.enable')}
        </Button>
      </Popconfirm>
      <Button type="link" size="small" onClick={() => onResetPassword(user)}>
        {t('users.action.resetPassword')}
      </Button>
    </Space>
  );
}
