import { Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import { useCurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { appRoutes } from '../routes/app-routes';
import { accessibleRoutes, selectedRoutePath } from './menu-items';

export function SideMenu() {
  const user = useCurrentUser();
  const t = useT();
  const { pathname } = useLocation();
  const routes = accessibleRoutes(appRoutes, user);
  const selected = selectedRoutePath(routes, pathname);
  return (
    <Menu
      theme="dark"
      mode="inline"
      data-testid="side-menu"
      selectedKeys={selected ? [selected] : []}
      items={routes.map((route) => ({
        key: route.path,
        icon: route.icon,
        label: <Link to={route.path}>{t(route.labelKey)}</Link>,
      }))}
    />
  );
}
