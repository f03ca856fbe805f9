import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf, ResponseOf } from '@/lib/api-schema';
import { trainingKeys } from './training-keys';

export type Enrollment = ResponseOf<'/api/v1/training/classes/{classId}/enrollments', 'get'>[number];
export type EnrollInput = BodyOf<'/api/v1/training/classes/{classId}/enrollments', 'post'>;
export type AssessInput = BodyOf<'/api/v1/training/enrollments/{id}/assessment', 'post'>;

export function useRoster(classId: string) {
  return useQuery({
    queryKey: trainingKeys.roster(classId),
    queryFn: () => unwrap(api.GET('/api/v1/training/classes/{classId}/enrollments', { params: { path: { classId } } })),
  });
}

export function useEnroll(classId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EnrollInput) =>
      unwrap(api.POST('/api/v1/training/classes/{classId}/enrollments', { params: { path: { classId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

export function useWithdraw() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) =>
      unwrap(api.POST('/api/v1/training/enrollments/{id}/withdraw', { params: { path: { id } }, body: { reason: reason ?? null } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

export function useAssess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AssessInput }) =>
      unwrap(api.POST('/api/v1/training/enrollments/{id}/assessment', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}
