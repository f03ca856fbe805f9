import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf, ResponseOf } from '@/lib/api-schema';
import { clientsKeys } from './clients-keys';

export type CreateClientInput = BodyOf<'/api/v1/identity/clients', 'post'>;
/** Carries the client secret, which the API returns only in this response. */
export type CreatedClient = ResponseOf<'/api/v1/identity/clients', 'post', 201>;

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateClientInput): Promise<CreatedClient> =>
      unwrap(api.POST('/api/v1/identity/clients', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientsKeys.all }),
  });
}
