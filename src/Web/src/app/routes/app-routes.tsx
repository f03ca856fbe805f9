import { AuditOutlined, HomeOutlined, KeyOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy, type ComponentType, type ReactNode } from 'react';
import { anyUser, hasAnyRole, type Access } from '@/lib/auth';
import type { CommonKey } from '@/locales/common';

/** A page of the dashboard: its route, its menu entry and who may open it. */
export interface AppRoute {
  path: string;
  labelKey: CommonKey;
  icon: ReactNode;
  access: Access;
  Component: ComponentType;
}

const HomePage = lazy(() => import('@/features/home/components/home-page').then((m) => ({ default: m.HomePage })));
const UsersPage = lazy(() => import('@/features/users/components/users-page').then((m) => ({ default: m.UsersPage })));
const ClientsPage = lazy(() =>
  import('@/features/clients/components/clients-page').then((m) => ({ default: m.ClientsPage })),
);
const AuditPage = lazy(() => import('@/features/audit/components/audit-page').then((m) => ({ default: m.AuditPage })));

export const appRoutes: AppRoute[] = [
  { path: '/', labelKey: 'menu.home', icon: <HomeOutlined />, access: anyUser, Component: HomePage },
  { path: '/users', labelKey: 'menu.users', icon: <TeamOutlined />, access: hasAnyRole('Admin'), Component: UsersPage },
  { path: '/clients', labelKey: 'menu.clients', icon: <KeyOutlined />, access: hasAnyRole('Admin'), Component: ClientsPage },
  {
    path: '/audit',
    labelKey: 'menu.audit',
    icon: <AuditOutlined />,
    access: hasAnyRole('Admin', 'Auditor'),
    Component: AuditPage,
  },
];
