import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { ApiError, toProblem } from '@/lib/problem-details';
import { saveBlob } from '../components/save-blob';

export const TEMPLATE_FILE_NAME = 'workers-import-template.xlsx';

/** The XLSX template, fetched with the bearer token (a plain link could not send it). */
export async function getWorkersTemplate(): Promise<Blob> {
  const { data, error, response } = await api.GET('/api/v1/registry/imports/workers/template', { parseAs: 'blob' });
  if (!response.ok || !data) throw new ApiError(response.status, toProblem(response.status, error));
  return data;
}

export function useDownloadTemplate() {
  return useMutation({
    mutationFn: async () => saveBlob(await getWorkersTemplate(), TEMPLATE_FILE_NAME),
  });
}
