import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { trainingKeys } from './training-keys';

export type TargetProgress = ResponseOf<'/api/v1/training/progress', 'get'>;

export function useTargetProgress(year: number) {
  return useQuery({
    queryKey: trainingKeys.progress(year),
    queryFn: () => unwrap(api.GET('/api/v1/training/progress', { params: { query: { year } } })),
  });
}
