import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/app/query-client';
import { routeObjects } from '@/app/routes/route-objects';

const testQueryClient = () => createQueryClient({ queries: { retry: false } });

/** Renders a component with the app's providers inside a memory router at `path`. */
export function renderWithProviders(ui: ReactElement, path = '/') {
  return render(
    <AppProvider queryClient={testQueryClient()}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
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
