import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf } from '@/lib/api-schema';
import { workersKeys } from './workers-keys';

export type UpdateWorkerInput = BodyOf<'/api/v1/registry/workers/{id}', 'put'>;

interface UpdateWorkerArgs {
  id: string;
  etag: string | null;
  body: UpdateWorkerInput;
}

/** Optimistic concurrency: the ETag read with the worker goes back as `If-Match`; a stale one gets 412. */
export function useUpdateWorker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, body }: UpdateWorkerArgs) =>
      unwrap(
        api.PUT('/api/v1/registry/workers/{id}', {
          params: { path: { id } },
          body,
          headers: etag ? { 'If-Match': etag } : undefined,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workersKeys.all }),
  });
}
