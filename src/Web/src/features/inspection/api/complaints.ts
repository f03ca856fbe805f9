import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf, QueryOf, ResponseOf } from '@/lib/api-schema';

export const supervisionKeys = {
  complaints: (filter: object) => ['inspection', 'complaints', filter] as const,
  complaint: (id: string) => ['inspection', 'complaint', id] as const,
  visits: (filter: object) => ['inspection', 'field-visits', filter] as const,
  evaluationSummary: (institutionId: string) => ['inspection', 'service-evaluations', 'summary', institutionId] as const,
};

export type Complaint = ResponseOf<'/api/v1/inspection/complaints/{id}', 'get'>;
export type ComplaintsFilter = QueryOf<'/api/v1/inspection/complaints', 'get'>;
export type CreateComplaintInput = BodyOf<'/api/v1/inspection/complaints', 'post'>;
export type FollowUpInput = BodyOf<'/api/v1/inspection/complaints/{id}/follow-ups', 'post'>;
export type CloseComplaintInput = BodyOf<'/api/v1/inspection/complaints/{id}/close', 'post'>;
export type FieldVisit = ResponseOf<'/api/v1/inspection/field-visits/{id}', 'get'>;
export type FieldVisitsFilter = QueryOf<'/api/v1/inspection/field-visits', 'get'>;
export type CreateFieldVisitInput = BodyOf<'/api/v1/inspection/field-visits', 'post'>;
export type EvaluationSummary = ResponseOf<'/api/v1/inspection/service-evaluations/summary', 'get'>;

export function useComplaints(filter: ComplaintsFilter) {
  return useQuery({
    queryKey: supervisionKeys.complaints(filter),
    queryFn: () => unwrap(api.GET('/api/v1/inspection/complaints', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

export function useComplaint(id: string | undefined) {
  return useQuery({
    queryKey: supervisionKeys.complaint(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/inspection/complaints/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['inspection'] });
}

export function useCreateComplaint() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateComplaintInput) => unwrap(api.POST('/api/v1/inspection/complaints', { body })),
    onSuccess: invalidate,
  });
}

export function useAddFollowUp(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: FollowUpInput) => unwrap(api.POST('/api/v1/inspection/complaints/{id}/follow-ups', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useCloseComplaint(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CloseComplaintInput) => unwrap(api.POST('/api/v1/inspection/complaints/{id}/close', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useFieldVisits(filter: FieldVisitsFilter) {
  return useQuery({
    queryKey: supervisionKeys.visits(filter),
    queryFn: () => unwrap(api.GET('/api/v1/inspection/field-visits', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateFieldVisit() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateFieldVisitInput) => unwrap(api.POST('/api/v1/inspection/field-visits', { body })),
    onSuccess: invalidate,
  });
}

export function useCompleteVisitFollowUp() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      unwrap(api.POST('/api/v1/inspection/field-visits/{id}/follow-up', { params: { path: { id } }, body: { note } })),
    onSuccess: invalidate,
  });
}

export function useEvaluationSummary(institutionId: string | undefined) {
  return useQuery({
    queryKey: supervisionKeys.evaluationSummary(institutionId ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/inspection/service-evaluations/summary', { params: { query: { institutionId: institutionId! } } })),
    enabled: Boolean(institutionId),
  });
}
