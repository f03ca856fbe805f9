import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf, QueryOf, ResponseOf } from '@/lib/api-schema';
import { vouchersKeys } from './vouchers-keys';

export type ApplicationsQuery = QueryOf<'/api/v1/vouchers/applications', 'get'>;
export type ApplicationsPage = ResponseOf<'/api/v1/vouchers/applications', 'get'>;
export type Application = ApplicationsPage['items'][number];
export type SubmitApplicationBody = BodyOf<'/api/v1/vouchers/applications', 'post'>;

export function useApplications(query: ApplicationsQuery) {
  return useQuery({
    queryKey: vouchersKeys.applications(query),
    queryFn: () => unwrap(api.GET('/api/v1/vouchers/applications', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useSubmitApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitApplicationBody) => unwrap(api.POST('/api/v1/vouchers/applications', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vouchersKeys.all }),
  });
}

export function useReviewApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reject, reason }: { id: string; reject?: boolean; reason?: string }) =>
      reject
        ? unwrap(api.POST('/api/v1/vouchers/applications/{id}/reject', { params: { path: { id } }, body: { reason: reason ?? null } }))
        : unwrap(api.POST('/api/v1/vouchers/applications/{id}/approve', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: vouchersKeys.all }),
  });
}
