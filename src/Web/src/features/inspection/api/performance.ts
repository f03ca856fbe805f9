import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { QueryOf, ResponseOf } from '@/lib/api-schema';

export type PerformanceRun = ResponseOf<'/api/v1/inspection/performance', 'get'>[number];
export type PerformanceRanking = ResponseOf<'/api/v1/inspection/performance/{year}', 'get'>;
export type PerformanceResult = PerformanceRanking['items'][number];
export type RankingFilter = Omit<QueryOf<'/api/v1/inspection/performance/{year}', 'get'>, 'year'>;

export function usePerformanceRuns() {
  return useQuery({
    queryKey: ['inspection', 'performance'],
    queryFn: () => unwrap(api.GET('/api/v1/inspection/performance')),
  });
}

export function usePerformanceRanking(year: number | undefined, filter: RankingFilter) {
  return useQuery({
    queryKey: ['inspection', 'performance', year, filter],
    queryFn: () => unwrap(api.GET('/api/v1/inspection/performance/{year}', { params: { path: { year: year! }, query: filter } })),
    enabled: year !== undefined,
  });
}

export function useRunPerformance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (year: number) => unwrap(api.POST('/api/v1/inspection/performance/{year}/run', { params: { path: { year } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inspection', 'performance'] }),
  });
}
