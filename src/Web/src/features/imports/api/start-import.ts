import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf, ResponseOf } from '@/lib/api-schema';

export type ImportAccepted = ResponseOf<'/api/v1/registry/imports/workers', 'post', 202>;
export type ImportMode = 'validate' | 'commit';

/** The Registry import kinds the page offers. */
export const IMPORT_KINDS = ['workers', 'institutions'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface StartImportInput {
  kind: ImportKind;
  file: File;
  mode: ImportMode;
}

const uploadPaths = {
  workers: '/api/v1/registry/imports/workers',
  institutions: '/api/v1/registry/imports/institutions',
} as const;

/** Uploads the file as multipart field `file`; the API answers 202 with the job to poll. */
export function startImport({ kind, file, mode }: StartImportInput): Promise<ImportAccepted> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    api.POST(uploadPaths[kind], {
      params: { query: { mode } },
      // openapi-fetch sends FormData as it is, and the browser sets the multipart boundary.
      body: form as unknown as BodyOf<'/api/v1/registry/imports/workers', 'post'>,
    }),
  ) as Promise<ImportAccepted>;
}

export function useStartImport() {
  return useMutation({ mutationFn: startImport });
}
