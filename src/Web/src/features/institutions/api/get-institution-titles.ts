import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { institutionsKeys } from './institutions-keys';

export type HeldTitle = ResponseOf<'/api/v1/registry/institutions/{id}/titles', 'get'>[number];

export function useInstitutionTitles(id: string) {
  return useQuery({
    queryKey: institutionsKeys.titles(id),
    queryFn: () => unwrap(api.GET('/api/v1/registry/institutions/{id}/titles', { params: { path: { id } } })),
  });
}
