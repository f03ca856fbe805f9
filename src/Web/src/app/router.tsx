import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { routeObjects } from './routes/route-objects';

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routeObjects));
  return <RouterProvider router={router} />;
}
