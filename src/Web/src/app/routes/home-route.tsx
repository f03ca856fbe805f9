import { Dashboard } from '@/features/dashboard/components/dashboard';
import { HomePage } from '@/features/home/components/home-page';

/** `/`: the home page with the dashboard on top (the app composes the two features). */
export function HomeRoute() {
  return <HomePage dashboard={<Dashboard />} />;
}
