import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf } from '@/lib/api-schema';
import { toAuthTokens, tokenStore } from '@/lib/auth';

export type LoginInput = BodyOf<'/api/v1/auth/login', 'post'>;

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => unwrap(api.POST('/api/v1/auth/login', { body: input })),
    onSuccess: (tokens) => {
      queryClient.clear();
      tokenStore.set(toAuthTokens(tokens));
    },
  });
}
