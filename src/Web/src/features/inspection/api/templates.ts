import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf, ResponseOf } from '@/lib/api-schema';

export const templateKeys = {
  all: ['inspection', 'templates'] as const,
  list: (all: boolean) => ['inspection', 'templates', { all }] as const,
  one: (id: string) => ['inspection', 'templates', 'one', id] as const,
};

export type ChecklistTemplate = ResponseOf<'/api/v1/inspection/templates/{id}', 'get'>;
export type CreateTemplateInput = BodyOf<'/api/v1/inspection/templates', 'post'>;

export function useTemplateList() {
  return useQuery({
    queryKey: templateKeys.list(false),
    queryFn: () => unwrap(api.GET('/api/v1/inspection/templates', { params: { query: {} } })),
  });
}

/** Saves a new version of a template (a new code starts at version 1). */
export function useCreateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTemplateInput) => unwrap(api.POST('/api/v1/inspection/templates', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templateKeys.all }),
  });
}
