import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf } from '@/lib/api-schema';
import { usersKeys } from './users-keys';

export type UpdateUserInput = BodyOf<'/api/v1/identity/users/{id}', 'put'>;

interface UpdateUserArgs {
  id: string;
  etag: string | null;
  body: UpdateUserInput;
}

/** Optimistic concurrency: the ETag read with the user goes back as `If-Match`; a stale one gets 412. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, etag, body }: UpdateUserArgs) =>
      unwrap(
        api.PUT('/api/v1/identity/users/{id}', {
          params: { path: { id } },
          body,
          headers: etag ? { 'If-Match': etag } : undefined,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersKeys.all }),
  });
}
