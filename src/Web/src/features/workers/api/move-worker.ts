import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf } from '@/lib/api-schema';
import { workersKeys } from './workers-keys';

export type MoveWorkerInput = BodyOf<'/api/v1/registry/workers/{id}/move', 'post'>;

/** Moves the worker to another institution; the employment history keeps the previous one. */
export function useMoveWorker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MoveWorkerInput }) =>
      unwrap(api.POST('/api/v1/registry/workers/{id}/move', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workersKeys.all }),
  });
}
