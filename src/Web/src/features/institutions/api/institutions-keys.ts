import type { InstitutionsFilter } from './get-institutions';

export const institutionsKeys = {
  all: ['institutions'] as const,
  list: (filter: InstitutionsFilter) => ['institutions', 'list', filter] as const,
  detail: (id: string) => ['institutions', 'detail', id] as const,
  history: (id: string) => ['institutions', 'detail', id, 'history'] as const,
  titles: (id: string) => ['institutions', 'detail', id, 'titles'] as const,
  servicePoints: (id: string) => ['institutions', 'detail', id, 'service-points'] as const,
  filings: (id: string) => ['institutions', 'detail', id, 'filings'] as const,
};
