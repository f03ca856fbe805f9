import type { CurrentUser } from '@/lib/auth';
import type { AppRoute, MenuGroup } from '../routes/app-routes';

/** The routes this user may open, in menu order; the others are hidden from the menu. */
export function accessibleRoutes(routes: readonly AppRoute[], user: CurrentUser): AppRoute[] {
  return routes.filter((route) => route.access(user));
}

/** The menu key for a location: the longest menu entry's path that the pathname starts with. */
export function selectedRoutePath(routes: readonly AppRoute[], pathname: string): string | undefined {
  const matches = routes
    .filter((route) => !route.hideInMenu)
    .map((route) => route.path)
    .filter((path) => pathname === path || pathname.startsWith(path === '/' ? '/' : `${path}/`));
  return matches.sort((a, b) => b.length - a.length)[0];
}

export type MenuEntry = { kind: 'page'; route: AppRoute } | { kind: 'group'; group: MenuGroup; routes: AppRoute[] };

/**
 * The menu for these (already accessible) routes: top-level pages and sub-menus, each sub-menu where its
 * first page is; detail pages have no entry and an empty sub-menu is not shown.
 */
export function menuEntries(routes: readonly AppRoute[]): MenuEntry[] {
  const entries: MenuEntry[] = [];
  for (const route of routes) {
    if (route.hideInMenu) continue;
    if (!route.group) {
      entries.push({ kind: 'page', route });
      continue;
    }
    const key = route.group.key;
    const existing = entries.find((entry) => entry.kind === 'group' && entry.group.key === key);
    if (existing?.kind === 'group') existing.routes.push(route);
    else entries.push({ kind: 'group', group: route.group, routes: [route] });
  }
  return entries;
}
