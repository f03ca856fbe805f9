import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { workersKeys } from './workers-keys';

/** Lifts a revocation; the badge goes back to what the worker's documents earn. */
export function useRestoreCredentials(workerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/registry/workers/{id}/restore-credentials', { params: { path: { id: workerId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workersKeys.all }),
  });
}
