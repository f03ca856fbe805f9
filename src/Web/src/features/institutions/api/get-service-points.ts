import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { institutionsKeys } from './institutions-keys';

export type ServicePointsPage = ResponseOf<'/api/v1/registry/service-points', 'get'>;
export type ServicePoint = ServicePointsPage['items'][number];
export type ServicePointKind = ServicePoint['kind'];

/** The stations and markets an institution operates (one page is plenty for one institution). */
export function useInstitutionServicePoints(institutionId: string) {
  return useQuery({
    queryKey: institutionsKeys.servicePoints(institutionId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/registry/service-points', { params: { query: { institutionId, page: 1, pageSize: 200 } } })),
  });
}
