import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { workersKeys } from './workers-keys';

/** Lifts a revocation (an optional reason goes to the history); the badge goes back to what the worker's documents earn. */
export function useRestoreCredentials(workerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason?: string) =>
      unwrap(
        api.POST('/api/v1/registry/workers/{id}/restore-credentials', {
          params: { path: { id: workerId } },
          body: { reason: reason ?? null },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workersKeys.all }),
  });
}
