import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { trainingKeys } from './training-keys';

export type CatalogItem = ResponseOf<'/api/v1/training/categories', 'get'>[number];

const catalogPaths = {
  categories: '/api/v1/training/categories',
  traineeCategories: '/api/v1/training/trainee-categories',
  skillLevels: '/api/v1/training/skill-levels',
  streets: '/api/v1/training/streets',
} as const;

/** A reference list of the Training module (categories, trainee categories, skill levels, streets); cached for the session. */
export function useTrainingCatalog(name: keyof typeof catalogPaths) {
  return useQuery({
    queryKey: trainingKeys.catalog(name),
    queryFn: () => unwrap(api.GET(catalogPaths[name])) as Promise<CatalogItem[]>,
    staleTime: Infinity,
  });
}

/** The Chinese name of a code in a catalogue, or the code itself. */
export function nameOf(items: CatalogItem[] | undefined, code: string | null | undefined): string {
  if (!code) return '';
  return items?.find((item) => item.code === code)?.name ?? code;
}
