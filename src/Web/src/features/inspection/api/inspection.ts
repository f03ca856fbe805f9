import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf, QueryOf, ResponseOf } from '@/lib/api-schema';

export const inspectionKeys = {
  all: ['inspection'] as const,
  templates: () => ['inspection', 'templates'] as const,
  campaigns: (filter: object) => ['inspection', 'campaigns', filter] as const,
  progress: (id: string) => ['inspection', 'campaign', id, 'progress'] as const,
  tasks: (filter: object) => ['inspection', 'tasks', filter] as const,
  task: (id: string) => ['inspection', 'task', id] as const,
  integrity: (id: string) => ['inspection', 'integrity', id] as const,
  proposals: (filter: object) => ['registry', 'revocation-proposals', filter] as const,
};

export type Campaign = ResponseOf<'/api/v1/inspection/campaigns/{id}', 'get'>;
export type CampaignProgress = ResponseOf<'/api/v1/inspection/campaigns/{id}/progress', 'get'>;
export type InspectionTask = ResponseOf<'/api/v1/inspection/tasks/{id}', 'get'>;
export type TaskStatus = InspectionTask['status'];
export type TasksFilter = QueryOf<'/api/v1/inspection/tasks', 'get'>;
export type OutcomeInput = BodyOf<'/api/v1/inspection/tasks/{id}/outcome', 'post'>;
export type CreateCampaignInput = BodyOf<'/api/v1/inspection/campaigns', 'post'>;
export type RevocationProposal = ResponseOf<'/api/v1/registry/revocation-proposals', 'get'>['items'][number];
export type IntegrityRecord = ResponseOf<'/api/v1/inspection/integrity/{institutionId}', 'get'>;

export function useTemplates() {
  return useQuery({
    queryKey: inspectionKeys.templates(),
    queryFn: () => unwrap(api.GET('/api/v1/inspection/templates', { params: { query: {} } })),
  });
}

export function useCampaigns() {
  return useQuery({
    queryKey: inspectionKeys.campaigns({}),
    queryFn: () => unwrap(api.GET('/api/v1/inspection/campaigns', { params: { query: { pageSize: 50 } } })),
  });
}

export function useCampaignProgress(id: string | undefined) {
  return useQuery({
    queryKey: inspectionKeys.progress(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/inspection/campaigns/{id}/progress', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCampaignInput) => unwrap(api.POST('/api/v1/inspection/campaigns', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inspectionKeys.all }),
  });
}

export function useTasks(filter: TasksFilter, enabled = true) {
  return useQuery({
    queryKey: inspectionKeys.tasks(filter),
    queryFn: () => unwrap(api.GET('/api/v1/inspection/tasks', { params: { query: filter } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTask(id: string | undefined) {
  return useQuery({
    queryKey: inspectionKeys.task(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/inspection/tasks/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

export function useRecordOutcome(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OutcomeInput) => unwrap(api.POST('/api/v1/inspection/tasks/{id}/outcome', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inspectionKeys.all }),
  });
}

export function useIntegrityRecord(institutionId: string | undefined) {
  return useQuery({
    queryKey: inspectionKeys.integrity(institutionId ?? ''),
    queryFn: () =>
      unwrap(api.GET('/api/v1/inspection/integrity/{institutionId}', { params: { path: { institutionId: institutionId! } } })),
    enabled: Boolean(institutionId),
  });
}

export function useRevocationProposals(status: RevocationProposal['status'] | undefined) {
  return useQuery({
    queryKey: inspectionKeys.proposals({ status }),
    queryFn: () => unwrap(api.GET('/api/v1/registry/revocation-proposals', { params: { query: { status, pageSize: 50 } } })),
    placeholderData: keepPreviousData,
  });
}

/** Confirms (确认撤销: the institution is revoked) or dismisses (不予撤销) a proposal. */
export function useDecideProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, note }: { id: string; decision: 'confirm' | 'dismiss'; note?: string }) =>
      unwrap(
        decision === 'confirm'
          ? api.POST('/api/v1/registry/revocation-proposals/{id}/confirm', { params: { path: { id } }, body: { note: note ?? null } })
          : api.POST('/api/v1/registry/revocation-proposals/{id}/dismiss', { params: { path: { id } }, body: { note: note ?? null } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['registry'] }),
  });
}
