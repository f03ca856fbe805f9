import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { CATALOG_STALE_TIME, registryReferenceKeys } from './reference-keys';

export type RegistryStreet = ResponseOf<'/api/v1/registry/streets', 'get'>[number];

/** The district's streets and towns (街道、镇) as the register knows them. */
export function useRegistryStreets() {
  return useQuery({
    queryKey: registryReferenceKeys.streets,
    queryFn: () => unwrap(api.GET('/api/v1/registry/streets')),
    staleTime: CATALOG_STALE_TIME,
  });
}
