import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/app/query-client';
import { routeObjects } from '@/app/routes/route-objects';
import { CurrentUserContext, type CurrentUser } from '@/lib/auth';
import { makeUser } from './users';

const testQueryClient = () => createQueryClient({ queries: { retry: false } });

/**
 * Renders a component with the app's providers inside a memory router at `path`, signed in as `user`
 * (an administrator unless given).
 */
export function renderWithProviders(ui: ReactElement, path = '/', user: CurrentUser = makeUser()) {
  return render(
    <AppProvider queryClient={testQueryClient()}>
      <CurrentUserContext.Provider value={user}>
        <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
      </CurrentUserContext.Provider>
    </AppProvider>,
  );
}

/** Renders the whole application (all routes) starting at `path`. */
export function renderApp(path = '/') {
  const router = createMemoryRouter(routeObjects, { initialEntries: [path] });
  const view = render(
    <AppProvider queryClient={testQueryClient()}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router };
}
