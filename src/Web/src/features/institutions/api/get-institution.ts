import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { ApiError, toProblem } from '@/lib/problem-details';
import { institutionsKeys } from './institutions-keys';

export type InstitutionDetail = ResponseOf<'/api/v1/registry/institutions/{id}', 'get'>;

/** An institution with the ETag that a later update must send back in `If-Match`. */
export async function getInstitution(id: string): Promise<{ institution: InstitutionDetail; etag: string | null }> {
  const { data, error, response } = await api.GET('/api/v1/registry/institutions/{id}', { params: { path: { id } } });
  if (!response.ok || !data) throw new ApiError(response.status, toProblem(response.status, error));
  return { institution: data, etag: response.headers.get('ETag') };
}

export function useInstitution(id: string | undefined) {
  return useQuery({
    queryKey: institutionsKeys.detail(id ?? ''),
    queryFn: () => getInstitution(id!),
    enabled: Boolean(id),
  });
}
