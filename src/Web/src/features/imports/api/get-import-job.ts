import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { importsKeys } from './imports-keys';

export type ImportJob = ResponseOf<'/api/v1/imports/{jobId}', 'get'>;
export type ImportRowError = ImportJob['errors'][number];
export type ImportState = ImportJob['state'];

/** How often a running job is polled. */
export const IMPORT_POLL_MS = 500;

export const isFinished = (state: ImportState | undefined) => state === 'Completed' || state === 'Failed';

export function getImportJob(jobId: string): Promise<ImportJob> {
  return unwrap(api.GET('/api/v1/imports/{jobId}', { params: { path: { jobId } } }));
}

/** An import job, polled every {@link IMPORT_POLL_MS} until it has completed or failed. */
export function useImportJob(jobId: string | undefined) {
  return useQuery({
    queryKey: importsKeys.job(jobId ?? ''),
    queryFn: () => getImportJob(jobId!),
    enabled: Boolean(jobId),
    refetchInterval: (query) => (isFinished(query.state.data?.state) ? false : IMPORT_POLL_MS),
  });
}
