import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { institutionsKeys } from './institutions-keys';

/** Approves a filing (the institution becomes employee-based) with an optional note. */
export function useApproveFiling(institutionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note?: string }) =>
      unwrap(api.POST('/api/v1/registry/filings/{id}/approve', { params: { path: { id } }, body: { note: note ?? null } })),
    // The institution's employee-based flag changes with its filing.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionsKeys.detail(institutionId) }),
  });
}
