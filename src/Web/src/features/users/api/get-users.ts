import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { QueryOf, ResponseOf } from '@/lib/api-schema';
import { usersKeys } from './users-keys';

export type UsersPage = ResponseOf<'/api/v1/identity/users', 'get'>;
export type User = UsersPage['items'][number];

/** What the users page asks for. */
export interface UsersFilter {
  page: number;
  pageSize: number;
  sort?: string;
  search?: string;
  role?: string;
  isDisabled?: boolean;
}

function toQuery(filter: UsersFilter): QueryOf<'/api/v1/identity/users', 'get'> {
  return {
    page: filter.page,
    pageSize: filter.pageSize,
    sort: filter.sort,
    search: filter.search,
    role: filter.role,
    isDisabled: filter.isDisabled,
  };
}

export function useUsers(filter: UsersFilter) {
  return useQuery({
    queryKey: usersKeys.list(filter),
    queryFn: () => unwrap(api.GET('/api/v1/identity/users', { params: { query: toQuery(filter) } })),
    placeholderData: keepPreviousData,
  });
}
