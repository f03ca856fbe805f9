import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { QueryOf, ResponseOf } from '@/lib/api-schema';
import { workersKeys } from './workers-keys';

type WorkersQuery = QueryOf<'/api/v1/registry/workers', 'get'>;
export type WorkersPage = ResponseOf<'/api/v1/registry/workers', 'get'>;
export type Worker = WorkersPage['items'][number];
export type EmploymentType = Worker['employmentType'];
export type CredentialStatus = Worker['credentialStatus'];

/** What a workers list asks for. */
export interface WorkersFilter {
  page: number;
  pageSize: number;
  sort?: string;
  /** A name (or part of it), or a full resident ID number. */
  search?: string;
  streetCode?: string;
  institutionId?: string;
  employmentType?: EmploymentType;
  jobType?: string;
  credentialStatus?: CredentialStatus;
}

export function toWorkersQuery(filter: WorkersFilter): WorkersQuery {
  return {
    page: filter.page,
    pageSize: filter.pageSize,
    sort: filter.sort,
    search: filter.search,
    streetCode: filter.streetCode,
    institutionId: filter.institutionId,
    employmentType: filter.employmentType,
    jobType: filter.jobType,
    credentialStatus: filter.credentialStatus,
  };
}

export function useWorkers(filter: WorkersFilter) {
  return useQuery({
    queryKey: workersKeys.list(filter),
    queryFn: () => unwrap(api.GET('/api/v1/registry/workers', { params: { query: toWorkersQuery(filter) } })),
    placeholderData: keepPreviousData,
  });
}
