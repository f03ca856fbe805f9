import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { QueryOf, ResponseOf } from '@/lib/api-schema';
import { institutionsKeys } from './institutions-keys';

type InstitutionsQuery = QueryOf<'/api/v1/registry/institutions', 'get'>;
export type InstitutionsPage = ResponseOf<'/api/v1/registry/institutions', 'get'>;
export type Institution = InstitutionsPage['items'][number];
export type InstitutionStatus = Institution['status'];

/** What the institutions page asks for. */
export interface InstitutionsFilter {
  page: number;
  pageSize: number;
  sort?: string;
  /** Part of the name, or the credit code. */
  search?: string;
  streetCode?: string;
  businessFormat?: string;
  status?: InstitutionStatus;
  isEmployeeBased?: boolean;
  isAllianceMember?: boolean;
  /** A title code currently held. */
  title?: string;
}

export function toInstitutionsQuery(filter: InstitutionsFilter): InstitutionsQuery {
  return {
    page: filter.page,
    pageSize: filter.pageSize,
    sort: filter.sort,
    search: filter.search,
    streetCode: filter.streetCode,
    businessFormat: filter.businessFormat,
    status: filter.status,
    isEmployeeBased: filter.isEmployeeBased,
    isAllianceMember: filter.isAllianceMember,
    title: filter.title,
  };
}

export function useInstitutions(filter: InstitutionsFilter) {
  return useQuery({
    queryKey: institutionsKeys.list(filter),
    queryFn: () => unwrap(api.GET('/api/v1/registry/institutions', { params: { query: toInstitutionsQuery(filter) } })),
    placeholderData: keepPreviousData,
  });
}
