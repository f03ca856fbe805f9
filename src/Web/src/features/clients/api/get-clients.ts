import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { QueryOf, ResponseOf } from '@/lib/api-schema';
import { clientsKeys } from './clients-keys';

export type ClientsPage = ResponseOf<'/api/v1/identity/clients', 'get'>;
export type ApiClient = ClientsPage['items'][number];

export interface ClientsFilter {
  page: number;
  pageSize: number;
}

function toQuery(filter: ClientsFilter): QueryOf<'/api/v1/identity/clients', 'get'> {
  return { page: filter.page, pageSize: filter.pageSize };
}

export function useClients(filter: ClientsFilter) {
  return useQuery({
    queryKey: clientsKeys.list(filter),
    queryFn: () => unwrap(api.GET('/api/v1/identity/clients', { params: { query: toQuery(filter) } })),
    placeholderData: keepPreviousData,
  });
}
