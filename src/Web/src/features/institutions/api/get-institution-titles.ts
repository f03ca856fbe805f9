import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { institutionsKeys } from './institutions-keys';

export type HeldTitle = ResponseOf<'/api/v1/registry/institutions/{institutionId}/titles', 'get'>[number];

/** Every title granted to the institution, current and withdrawn, newest year first. */
export function useInstitutionTitles(institutionId: string) {
  return useQuery({
    queryKey: institutionsKeys.titles(institutionId),
    queryFn: () => unwrap(api.GET('/api/v1/registry/institutions/{institutionId}/titles', { params: { path: { institutionId } } })),
  });
}
