import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { ApiError, toProblem } from '@/lib/problem-details';
import { workersKeys } from './workers-keys';

export type WorkerDetail = ResponseOf<'/api/v1/registry/workers/{id}', 'get'>;
export type Certificate = WorkerDetail['certificates'][number];

/** A worker with the ETag that a later update must send back in `If-Match`. */
export async function getWorker(id: string): Promise<{ worker: WorkerDetail; etag: string | null }> {
  const { data, error, response } = await api.GET('/api/v1/registry/workers/{id}', { params: { path: { id } } });
  if (!response.ok || !data) throw new ApiError(response.status, toProblem(response.status, error));
  return { worker: data, etag: response.headers.get('ETag') };
}

export function useWorker(id: string | undefined) {
  return useQuery({
    queryKey: workersKeys.detail(id ?? ''),
    queryFn: () => getWorker(id!),
    enabled: Boolean(id),
  });
}
