import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { ApiError, toProblem } from '@/lib/problem-details';
import { saveBlob } from '@/lib/download';
import { IMPORT_KIND_PATHS, type ImportKind } from './start-import';

export const templateFileName = (kind: ImportKind) => `${kind}-import-template.xlsx`;

/** The XLSX template of a kind, fetched with the bearer token (a plain link could not send it). */
export async function getTemplate(kind: ImportKind): Promise<Blob> {
  const { data, error, response } = await api.GET(IMPORT_KIND_PATHS[kind].template, { parseAs: 'blob' });
  if (!response.ok || !data) throw new ApiError(response.status, toProblem(response.status, error));
  return data;
}

export function useDownloadTemplate() {
  return useMutation({
    mutationFn: async (kind: ImportKind) => saveBlob(await getTemplate(kind), templateFileName(kind)),
  });
}
