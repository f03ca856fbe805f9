import { Layout, theme, Typography } from 'antd';
import { Suspense, useEffect } from 'react';
import { Outlet } from 'react-router';
import { PageLoading } from '@/components/page-loading';
import { useT } from '@/lib/i18n';
import { AppHeader } from './app-header';
import { SideMenu } from './side-menu';

export function AppLayout() {
  const t = useT();
  const { token } = theme.useToken();

  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" width={208}>
        <Typography.Title level={5} style={{ color: '#fff', margin: 0, padding: '20px 24px' }}>
          {t('app.brand')}
        </Typography.Title>
        <SideMenu />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: token.colorBgContainer, paddingInline: 24 }}>
          <AppHeader />
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
