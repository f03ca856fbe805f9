import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { institutionsKeys } from './institutions-keys';

export type FilingsPage = ResponseOf<'/api/v1/registry/filings', 'get'>;
export type Filing = FilingsPage['items'][number];
export type FilingStatus = Filing['status'];

/** An institution's employee-based enterprise filings (员工制备案), newest first. */
export function useInstitutionFilings(institutionId: string) {
  return useQuery({
    queryKey: institutionsKeys.filings(institutionId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/registry/filings', { params: { query: { institutionId, page: 1, pageSize: 200 } } })),
  });
}
