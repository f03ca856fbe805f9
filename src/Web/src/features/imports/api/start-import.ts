import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf, ResponseOf } from '@/lib/api-schema';
import { hasAnyRole, type Access } from '@/lib/auth';

export type ImportAccepted = ResponseOf<'/api/v1/registry/imports/workers', 'post', 202>;
export type ImportMode = 'validate' | 'commit';

/**
 * The import kinds the page offers: every kind of the shared import pipeline, with the paths the API maps for it and
 * who may use it (mirroring each kind's API policy: registry.write, training.write, subsidy.write).
 */
export const IMPORT_KIND_PATHS = {
  workers: { upload: '/api/v1/registry/imports/workers', template: '/api/v1/registry/imports/workers/template' },
  institutions: { upload: '/api/v1/registry/imports/institutions', template: '/api/v1/registry/imports/institutions/template' },
  trainingEnrollments: { upload: '/api/v1/training/imports/enrollments', template: '/api/v1/training/imports/enrollments/template' },
  trainingAttendance: { upload: '/api/v1/training/imports/attendance', template: '/api/v1/training/imports/attendance/template' },
  serviceRecords: { upload: '/api/v1/subsidy/imports/service-records', template: '/api/v1/subsidy/imports/service-records/template' },
} as const;
export type ImportKind = keyof typeof IMPORT_KIND_PATHS;

const registryWriters = hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer', 'InstitutionOperator');
const trainingWriters = hasAnyRole('Admin', 'DistrictOfficer', 'InstitutionOperator');
const subsidyApplicants = hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer', 'InstitutionOperator');

export const IMPORT_KIND_ACCESS: Record<ImportKind, Access> = {
  workers: registryWriters,
  institutions: registryWriters,
  trainingEnrollments: trainingWriters,
  trainingAttendance: trainingWriters,
  serviceRecords: subsidyApplicants,
};

/** The kinds in the order the page shows them. */
export const IMPORT_KINDS = Object.keys(IMPORT_KIND_PATHS) as ImportKind[];

export interface StartImportInput {
  kind: ImportKind;
  file: File;
  mode: ImportMode;
}

/** Uploads the file as multipart field `file`; the API answers 202 with the job to poll. */
export function startImport({ kind, file, mode }: StartImportInput): Promise<ImportAccepted> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    api.POST(IMPORT_KIND_PATHS[kind].upload, {
      params: { query: { mode } },
      // openapi-fetch sends FormData as it is, and the browser sets the multipart boundary.
      body: form as unknown as BodyOf<'/api/v1/registry/imports/workers', 'post'>,
    }),
  ) as Promise<ImportAccepted>;
}

export function useStartImport() {
  return useMutation({ mutationFn: startImport });
}
