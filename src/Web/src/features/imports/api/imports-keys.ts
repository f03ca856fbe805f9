export const importsKeys = {
  all: ['imports'] as const,
  job: (jobId: string) => ['imports', 'job', jobId] as const,
};
