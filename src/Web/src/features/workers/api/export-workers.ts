import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fileNameFromDisposition, saveBlob } from '@/lib/download';
import { ApiError, toProblem } from '@/lib/problem-details';
import { toWorkersQuery, type WorkersFilter } from './get-workers';

export const WORKERS_EXPORT_FALLBACK_NAME = '从业人员.xlsx';

/** Downloads the worker list as XLSX (ID numbers and phones masked) with the list's filters and sort. */
export async function exportWorkers(filter: WorkersFilter): Promise<void> {
  const { page: _page, pageSize: _pageSize, ...query } = toWorkersQuery(filter);
  const { data, error, response } = await api.GET('/api/v1/registry/workers/export', {
    params: { query },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw new ApiError(response.status, toProblem(response.status, error));
  saveBlob(data, fileNameFromDisposition(response.headers.get('Content-Disposition'), WORKERS_EXPORT_FALLBACK_NAME));
}

export function useExportWorkers() {
  return useMutation({ mutationFn: exportWorkers });
}
