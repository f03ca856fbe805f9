export const trainingKeys = {
  all: ['training'] as const,
  catalog: (name: string) => ['training', 'catalog', name] as const,
  programmes: (filter: object) => ['training', 'programmes', filter] as const,
  classes: (filter: object) => ['training', 'classes', filter] as const,
  class: (id: string) => ['training', 'class', id] as const,
  roster: (id: string) => ['training', 'class', id, 'roster'] as const,
  attendance: (id: string) => ['training', 'class', id, 'attendance'] as const,
  certificate: (enrollmentId: string) => ['training', 'certificate', enrollmentId] as const,
  verification: (code: string) => ['training', 'verification', code] as const,
  progress: (year: number) => ['training', 'progress', year] as const,
  surveys: (filter: object) => ['training', 'surveys', filter] as const,
};
