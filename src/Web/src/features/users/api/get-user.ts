import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { ApiError, toProblem } from '@/lib/problem-details';
import { usersKeys } from './users-keys';

export type UserDetail = ResponseOf<'/api/v1/identity/users/{id}', 'get'>;

/** A user with the ETag that a later update must send back in `If-Match`. */
export async function getUser(id: string): Promise<{ user: UserDetail; etag: string | null }> {
  const { data, error, response } = await api.GET('/api/v1/identity/users/{id}', { params: { path: { id } } });
  if (!response.ok || !data) throw new ApiError(response.status, toProblem(response.status, error));
  return { user: data, etag: response.headers.get('ETag') };
}

export function useUser(id: string | undefined) {
  return useQuery({
    queryKey: usersKeys.detail(id ?? ''),
    queryFn: () => getUser(id!),
    enabled: Boolean(id),
    gcTime: 0,
  });
}
