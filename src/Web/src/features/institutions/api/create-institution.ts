import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf } from '@/lib/api-schema';
import { institutionsKeys } from './institutions-keys';

export type CreateInstitutionInput = BodyOf<'/api/v1/registry/institutions', 'post'>;

export function useCreateInstitution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInstitutionInput) => unwrap(api.POST('/api/v1/registry/institutions', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: institutionsKeys.all }),
  });
}
