import { Flex, Space, Typography } from 'antd';
import { LanguageSwitch } from '@/components/language-switch';
import { useT } from '@/lib/i18n';
import { UserMenu } from './user-menu';

export function AppHeader() {
  const t = useT();
  return (
    <Flex justify="space-between" align="center" style={{ height: '100%' }} gap="middle">
      <Typography.Text strong ellipsis data-testid="system-name">
        {t('app.name')} / Jiafu
      </Typography.Text>
      <Space size="middle">
        <LanguageSwitch />
        <UserMenu />
      </Space>
    </Flex>
  );
}
