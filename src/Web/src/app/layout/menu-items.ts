import type { CurrentUser } from '@/lib/auth';
import type { AppRoute } from '../routes/app-routes';

/** The routes this user may open, in menu order; the others are hidden from the menu. */
export function accessibleRoutes(routes: readonly AppRoute[], user: CurrentUser): AppRoute[] {
  return routes.filter((route) => route.access(user));
}

/** The menu key for a location: the longest route path that the pathname starts with. */
export function selectedRoutePath(routes: readonly AppRoute[], pathname: string): string | undefined {
  const matches = routes
    .map((route) => route.path)
    .filter((path) => pathname === path || pathname.startsWith(path === '/' ? '/' : `${path}/`));
  return matches.sort((a, b) => b.length - a.length)[0];
}
