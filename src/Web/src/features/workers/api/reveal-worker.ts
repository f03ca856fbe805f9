import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';

export type RevealedPersonalData = ResponseOf<'/api/v1/registry/workers/{id}/reveal', 'post'>;

/**
 * Asks for the worker's full ID number and phone; the server audits every call. The answer lives only in
 * the mutation (never in the query cache), so it is gone when the page that asked is left.
 */
export function useRevealWorker(workerId: string) {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/registry/workers/{id}/reveal', { params: { path: { id: workerId } } })),
  });
}

export type RevealWorker = UseMutationResult<RevealedPersonalData, Error, void>;
