import type { RouteObject } from 'react-router';
import { LoginPage } from '@/features/auth/components/login-page';
import { PublicResultsPage } from '@/features/inspection/components/public-results-page';
import { AppLayout } from '../layout/app-layout';
import { appRoutes } from './app-routes';
import { NotFoundPage } from './not-found-page';
import { RequireAccess } from './require-access';
import { RequireAuth } from './require-auth';

export const routeObjects: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  /** Anonymous: the publication of finished spot checks (双随机、一公开). */
  { path: '/public/spot-checks', element: <PublicResultsPage /> },
  {
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      ...appRoutes.map(({ path, access, Component }) => ({
        path,
        element: (
          <RequireAccess access={access}>
            <Component />
          </RequireAccess>
        ),
      })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
