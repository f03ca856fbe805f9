import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { workersKeys } from './workers-keys';

export type WorkerTraining = ResponseOf<'/api/v1/registry/workers/{id}/training', 'get'>[number];

/** The worker's training history and certificates (培训经历与证书), as the register heard of them. */
export function useWorkerTraining(workerId: string) {
  return useQuery({
    queryKey: [...workersKeys.detail(workerId), 'training'],
    queryFn: () => unwrap(api.GET('/api/v1/registry/workers/{id}/training', { params: { path: { id: workerId } } })),
  });
}
