import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf, QueryOf, ResponseOf } from '@/lib/api-schema';
import { trainingKeys } from './training-keys';

export type Programme = ResponseOf<'/api/v1/training/programmes', 'get'>['items'][number];
export type ProgrammesFilter = QueryOf<'/api/v1/training/programmes', 'get'>;
export type CreateProgrammeInput = BodyOf<'/api/v1/training/programmes', 'post'>;

export function useProgrammes(filter: ProgrammesFilter) {
  return useQuery({
    queryKey: trainingKeys.programmes(filter),
    queryFn: () => unwrap(api.GET('/api/v1/training/programmes', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProgrammeInput) => unwrap(api.POST('/api/v1/training/programmes', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

/** Institutions of the register to choose a provider from (by name). */
export function useProviderOptions(search: string) {
  return useQuery({
    queryKey: ['training', 'provider-options', search],
    queryFn: () =>
      unwrap(api.GET('/api/v1/registry/institutions', { params: { query: { search: search || undefined, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
  });
}

export type UpdateProgrammeInput = BodyOf<'/api/v1/training/programmes/{id}', 'put'>;

/** 编辑培训项目: the programme's version goes back as `If-Match` (412 when stale, 409 `hours_locked` once a class has started). */
export function useUpdateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id: string; version: string; body: UpdateProgrammeInput }) =>
      unwrap(api.PUT('/api/v1/training/programmes/{id}', { params: { path: { id } }, body, headers: { 'If-Match': `"${version}"` } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}
