import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { registryReferenceKeys } from './reference-keys';

const OPTIONS_PAGE_SIZE = 20;

/** Institutions (in the caller's scope) whose name or credit code matches, for choosing one (a worker's employer, a complaint's subject, …). */
export function useInstitutionOptions(search: string, enabled = true) {
  return useQuery({
    queryKey: registryReferenceKeys.institutionOptions(search),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/registry/institutions', {
          params: { query: { search: search || undefined, page: 1, pageSize: OPTIONS_PAGE_SIZE, sort: 'name' } },
        }),
      ),
    select: (page) => page.items.map((institution) => ({ id: institution.id, name: institution.name })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    enabled,
  });
}
