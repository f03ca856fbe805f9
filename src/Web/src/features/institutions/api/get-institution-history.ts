import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { institutionsKeys } from './institutions-keys';

export type StatusChange = ResponseOf<'/api/v1/registry/institutions/{id}/history', 'get'>[number];

export function useInstitutionHistory(id: string) {
  return useQuery({
    queryKey: institutionsKeys.history(id),
    queryFn: () => unwrap(api.GET('/api/v1/registry/institutions/{id}/history', { params: { path: { id } } })),
  });
}
