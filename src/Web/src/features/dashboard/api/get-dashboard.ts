import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';

export type Dashboard = ResponseOf<'/api/v1/dashboard', 'get'>;
export type Tally = Dashboard['registry']['institutionsByStreet'][number];
export type MonthTally = Dashboard['registry']['newInstitutionsByMonth'][number];

export const dashboardKeys = { year: (year: number) => ['dashboard', year] as const };

export function useDashboard(year: number) {
  return useQuery({
    queryKey: dashboardKeys.year(year),
    queryFn: () => unwrap(api.GET('/api/v1/dashboard', { params: { query: { year } } })),
  });
}
