import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { workersKeys } from './workers-keys';

export type Employment = ResponseOf<'/api/v1/registry/workers/{id}/employments', 'get'>[number];

/** The worker's employment history (从业经历), one period per institution. */
export function useEmployments(workerId: string) {
  return useQuery({
    queryKey: workersKeys.employments(workerId),
    queryFn: () => unwrap(api.GET('/api/v1/registry/workers/{id}/employments', { params: { path: { id: workerId } } })),
  });
}
