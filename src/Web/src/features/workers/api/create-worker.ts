import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf } from '@/lib/api-schema';
import { workersKeys } from './workers-keys';

export type CreateWorkerInput = BodyOf<'/api/v1/registry/workers', 'post'>;

export function useCreateWorker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWorkerInput) => unwrap(api.POST('/api/v1/registry/workers', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workersKeys.all }),
  });
}
