import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf, QueryOf, ResponseOf } from '@/lib/api-schema';
import { trainingKeys } from './training-keys';

export type TrainingClass = ResponseOf<'/api/v1/training/classes/{id}', 'get'>;
export type ClassStatus = TrainingClass['status'];
export type ClassesFilter = QueryOf<'/api/v1/training/classes', 'get'>;
export type CreateClassInput = BodyOf<'/api/v1/training/classes', 'post'>;
export type ClassAction = 'open' | 'start' | 'complete' | 'settle' | 'cancel';

export function useClasses(filter: ClassesFilter) {
  return useQuery({
    queryKey: trainingKeys.classes(filter),
    queryFn: () => unwrap(api.GET('/api/v1/training/classes', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

export function useTrainingClass(id: string | undefined) {
  return useQuery({
    queryKey: trainingKeys.class(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/training/classes/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

export function useCreateClass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateClassInput) => unwrap(api.POST('/api/v1/training/classes', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

const actionPaths = {
  open: '/api/v1/training/classes/{id}/open',
  start: '/api/v1/training/classes/{id}/start',
  complete: '/api/v1/training/classes/{id}/complete',
  settle: '/api/v1/training/classes/{id}/settle',
  cancel: '/api/v1/training/classes/{id}/cancel',
} as const;

/** Moves a class through its workflow (开放报名, 开班, 结业, 结算, 取消). */
export function useClassAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, reason }: { action: ClassAction; reason?: string }) =>
      unwrap(api.POST(actionPaths[action], { params: { path: { id } }, body: { reason: reason ?? null } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}
