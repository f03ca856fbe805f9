import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { CATALOG_STALE_TIME, registryReferenceKeys } from './reference-keys';

export type JobType = ResponseOf<'/api/v1/registry/job-types', 'get'>[number];

/** Job types (工种): 家政服务员, 养老护理员, 母婴护理员 … */
export function useJobTypes() {
  return useQuery({
    queryKey: registryReferenceKeys.jobTypes,
    queryFn: () => unwrap(api.GET('/api/v1/registry/job-types')),
    staleTime: CATALOG_STALE_TIME,
  });
}
