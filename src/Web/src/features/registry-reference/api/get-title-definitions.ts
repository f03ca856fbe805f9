import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { CATALOG_STALE_TIME, registryReferenceKeys } from './reference-keys';

export type TitleDefinition = ResponseOf<'/api/v1/registry/titles', 'get'>[number];

/** Brand and leading-enterprise titles (品牌称号) that the district grants. */
export function useTitleDefinitions() {
  return useQuery({
    queryKey: registryReferenceKeys.titles,
    queryFn: () => unwrap(api.GET('/api/v1/registry/titles')),
    staleTime: CATALOG_STALE_TIME,
  });
}
