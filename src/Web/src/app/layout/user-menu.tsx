import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useCurrentUser, useLogout } from '@/lib/auth';
import { useT } from '@/lib/i18n';

export function UserMenu() {
  const user = useCurrentUser();
  const logout = useLogout();
  const t = useT();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'logout',
            icon: <LogoutOutlined />,
            label: <span data-testid="logout">{t('action.logout')}</span>,
            disabled: logout.isPending,
          },
        ],
        onClick: ({ key }) => key === 'logout' && logout.mutate(),
      }}
    >
      <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
        {user.displayName}
      </Button>
    </Dropdown>
  );
}
