import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { fileNameFromDisposition, saveBlob } from '@/lib/download';
import { ApiError, toProblem } from '@/lib/problem-details';
import { toInstitutionsQuery, type InstitutionsFilter } from './get-institutions';

export const INSTITUTIONS_EXPORT_FALLBACK_NAME = '机构名录.xlsx';

/** Downloads the institution list as XLSX with the page's filters and sort (the API ignores paging for exports). */
export async function exportInstitutions(filter: InstitutionsFilter): Promise<void> {
  const { page: _page, pageSize: _pageSize, ...query } = toInstitutionsQuery(filter);
  const { data, error, response } = await api.GET('/api/v1/registry/institutions/export', {
    params: { query },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw new ApiError(response.status, toProblem(response.status, error));
  saveBlob(data, fileNameFromDisposition(response.headers.get('Content-Disposition'), INSTITUTIONS_EXPORT_FALLBACK_NAME));
}

export function useExportInstitutions() {
  return useMutation({ mutationFn: exportInstitutions });
}
