import type { WorkersFilter } from './get-workers';

export const workersKeys = {
  all: ['workers'] as const,
  list: (filter: WorkersFilter) => ['workers', 'list', filter] as const,
  detail: (id: string) => ['workers', 'detail', id] as const,
  employments: (id: string) => ['workers', 'detail', id, 'employments'] as const,
};
