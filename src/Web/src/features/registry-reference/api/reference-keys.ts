export const registryReferenceKeys = {
  all: ['registry-reference'] as const,
  streets: ['registry-reference', 'streets'] as const,
  businessFormats: ['registry-reference', 'business-formats'] as const,
  jobTypes: ['registry-reference', 'job-types'] as const,
  titles: ['registry-reference', 'titles'] as const,
  institutionOptions: (search: string) => ['registry-reference', 'institution-options', search] as const,
};

/** Catalogues are configuration: they change rarely, so one fetch an hour is plenty. */
export const CATALOG_STALE_TIME = 60 * 60_000;
