import { Menu, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router';
import { useCurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { appRoutes, type AppRoute } from '../routes/app-routes';
import { accessibleRoutes, menuEntries, selectedRoutePath } from './menu-items';

type MenuItem = NonNullable<MenuProps['items']>[number];

export function SideMenu() {
  const user = useCurrentUser();
  const t = useT();
  const { pathname } = useLocation();
  const routes = accessibleRoutes(appRoutes, user);
  const selected = selectedRoutePath(routes, pathname);
  const entries = menuEntries(routes);

  const pageItem = (route: AppRoute): MenuItem => ({
    key: route.path,
    icon: route.icon,
    label: <Link to={route.path}>{t(route.labelKey)}</Link>,
  });

  return (
    <Menu
      theme="dark"
      mode="inline"
      data-testid="side-menu"
      selectedKeys={selected ? [selected] : []}
      defaultOpenKeys={entries.flatMap((entry) => (entry.kind === 'group' ? [entry.group.key] : []))}
      items={entries.map((entry) =>
        entry.kind === 'page'
          ? pageItem(entry.route)
          : { key: entry.group.key, icon: entry.group.icon, label: t(entry.group.labelKey), children: entry.routes.map(pageItem) },
      )}
    />
  );
}
