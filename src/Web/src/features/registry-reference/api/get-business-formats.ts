import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { CATALOG_STALE_TIME, registryReferenceKeys } from './reference-keys';

export type BusinessFormat = ResponseOf<'/api/v1/registry/business-formats', 'get'>[number];

/** Business formats (业态): 家政服务, 养老服务, 社区照料 … */
export function useBusinessFormats() {
  return useQuery({
    queryKey: registryReferenceKeys.businessFormats,
    queryFn: () => unwrap(api.GET('/api/v1/registry/business-formats')),
    staleTime: CATALOG_STALE_TIME,
  });
}
