import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf } from '@/lib/api-schema';
import { institutionsKeys } from './institutions-keys';

export type UpdateInstitutionInput = BodyOf<'/api/v1/registry/institutions/{id}', 'put'>;

interface UpdateInstitutionArgs {
  id: string;
  etag: string | null;
  body: UpdateInstitutionInput;
}

/** Optimistic concurrency: the ETag read with the institution goes back as `If-Match`; a stale one gets 412. */
export function useUpdateInstitution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, body }: UpdateInstitutionArgs) =>
      unwrap(
        api.PUT('/api/v1/registry/institutions/{id}', {
          params: { path: { id } },
          body,
          headers: etag ? { 'If-Match': etag } : undefined,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: institutionsKeys.all }),
  });
}
