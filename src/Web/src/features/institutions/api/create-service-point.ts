import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf } from '@/lib/api-schema';
import { institutionsKeys } from './institutions-keys';

export type CreateServicePointInput = BodyOf<'/api/v1/registry/service-points', 'post'>;

export function useCreateServicePoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateServicePointInput) => unwrap(api.POST('/api/v1/registry/service-points', { body })),
    onSuccess: (_data, body) => queryClient.invalidateQueries({ queryKey: institutionsKeys.servicePoints(body.institutionId) }),
  });
}
