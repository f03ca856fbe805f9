import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf } from '@/lib/api-schema';
import { institutionsKeys } from './institutions-keys';

export type GrantTitleInput = BodyOf<'/api/v1/registry/institutions/{institutionId}/titles', 'post'>;

export function useGrantTitle(institutionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GrantTitleInput) =>
      unwrap(api.POST('/api/v1/registry/institutions/{institutionId}/titles', { params: { path: { institutionId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionsKeys.all }),
  });
}
