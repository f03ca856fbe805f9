import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { clientsKeys } from './clients-keys';

export type Scope = ResponseOf<'/api/v1/identity/scopes', 'get'>[number];

export function useScopes(enabled: boolean) {
  return useQuery({
    queryKey: clientsKeys.scopes,
    queryFn: () => unwrap(api.GET('/api/v1/identity/scopes')),
    staleTime: 60 * 60_000,
    enabled,
  });
}
