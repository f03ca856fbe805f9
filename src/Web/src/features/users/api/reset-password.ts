import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf } from '@/lib/api-schema';

export type ResetPasswordInput = BodyOf<'/api/v1/identity/users/{id}/reset-password', 'post'>;

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ResetPasswordInput }) =>
      unwrap(api.POST('/api/v1/identity/users/{id}/reset-password', { params: { path: { id } }, body })),
  });
}
