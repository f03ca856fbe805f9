import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { institutionsKeys } from './institutions-keys';

/** Rejects a filing; the reason is required. */
export function useRejectFiling(institutionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(api.POST('/api/v1/registry/filings/{id}/reject', { params: { path: { id } }, body: { reason } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionsKeys.detail(institutionId) }),
  });
}
