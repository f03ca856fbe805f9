import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf, ResponseOf } from '@/lib/api-schema';

export type ImportAccepted = ResponseOf<'/api/v1/registry/imports/workers', 'post', 202>;
export type ImportMode = 'validate' | 'commit';

export interface StartWorkerImportInput {
  file: File;
  mode: ImportMode;
}

/** Uploads the file as multipart field `file`; the API answers 202 with the job to poll. */
export function startWorkerImport({ file, mode }: StartWorkerImportInput): Promise<ImportAccepted> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    api.POST('/api/v1/registry/imports/workers', {
      params: { query: { mode } },
      // openapi-fetch sends FormData as it is, and the browser sets the multipart boundary.
      body: form as unknown as BodyOf<'/api/v1/registry/imports/workers', 'post'>,
    }),
  ) as Promise<ImportAccepted>;
}

export function useStartWorkerImport() {
  return useMutation({ mutationFn: startWorkerImport });
}
