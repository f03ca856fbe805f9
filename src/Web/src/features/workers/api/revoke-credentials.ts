import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { workersKeys } from './workers-keys';

/** Revokes the worker's credentials (the badge turns red), with a reason. */
export function useRevokeCredentials(workerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(api.POST('/api/v1/registry/workers/{id}/revoke-credentials', { params: { path: { id: workerId } }, body: { reason } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workersKeys.all }),
  });
}
