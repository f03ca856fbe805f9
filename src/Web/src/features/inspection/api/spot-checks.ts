import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf, ResponseOf } from '@/lib/api-schema';

export const spotCheckKeys = {
  all: ['inspection', 'spot-checks'] as const,
  plans: (filter: object) => ['inspection', 'spot-checks', 'plans', filter] as const,
  plan: (id: string) => ['inspection', 'spot-checks', 'plan', id] as const,
  public: (filter: object) => ['inspection', 'spot-checks', 'public', filter] as const,
  inspectors: () => ['inspection', 'spot-checks', 'inspector-users'] as const,
};

export type SpotCheckPlan = ResponseOf<'/api/v1/inspection/spot-checks/plans/{id}', 'get'>;
export type SpotCheck = SpotCheckPlan['checks'][number];
export type DrawLogEntry = SpotCheckPlan['drawLog'][number];
export type SpotCheckPopulation = SpotCheckPlan['population'];
export type CreateSpotCheckPlanInput = BodyOf<'/api/v1/inspection/spot-checks/plans', 'post'>;
export type RecordResultInput = BodyOf<'/api/v1/inspection/spot-checks/checks/{id}/result', 'post'>;
export type PublicSpotCheck = ResponseOf<'/api/v1/inspection/spot-checks/public', 'get'>['items'][number];

export const POPULATIONS: SpotCheckPopulation[] = ['Institutions', 'SubsidyApplications', 'VoucherServices', 'FeeReductionClaims'];

export function useSpotCheckPlans(page: number) {
  return useQuery({
    queryKey: spotCheckKeys.plans({ page }),
    queryFn: () => unwrap(api.GET('/api/v1/inspection/spot-checks/plans', { params: { query: { page, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
  });
}

export function useSpotCheckPlan(id: string | undefined) {
  return useQuery({
    queryKey: spotCheckKeys.plan(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/inspection/spot-checks/plans/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

export function useCreateSpotCheckPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSpotCheckPlanInput) => unwrap(api.POST('/api/v1/inspection/spot-checks/plans', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: spotCheckKeys.all }),
  });
}

/** Runs the draw (随机抽取) of a plan from its recorded seed. */
export function useDrawSpotCheckPlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/inspection/spot-checks/plans/{id}/draw', { params: { path: { id } } })),
    onSuccess: (plan) => {
      queryClient.setQueryData(spotCheckKeys.plan(id), plan);
      void queryClient.invalidateQueries({ queryKey: spotCheckKeys.all });
    },
  });
}

/** Records 属实 / 不实; the institution's integrity record changes too. */
export function useRecordSpotCheckResult(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RecordResultInput }) =>
      unwrap(api.POST('/api/v1/inspection/spot-checks/checks/{id}/result', { params: { path: { id } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: spotCheckKeys.plan(planId) });
      void queryClient.invalidateQueries({ queryKey: ['inspection', 'integrity'] });
    },
  });
}

/** The published results of finished checks (抽查结果公示): anonymous, no personal data. */
export function usePublicSpotChecks(page: number, year?: number) {
  return useQuery({
    queryKey: spotCheckKeys.public({ page, year }),
    queryFn: () => unwrap(api.GET('/api/v1/inspection/spot-checks/public', { params: { query: { page, pageSize: 20, year } } })),
    placeholderData: keepPreviousData,
  });
}

/** Inspector accounts (检查人员名录) for a plan's pool or a task's inspectors: administrators and district officers. */
export function useInspectorUsers(enabled: boolean) {
  return useQuery({
    queryKey: spotCheckKeys.inspectors(),
    queryFn: () => unwrap(api.GET('/api/v1/identity/inspectors')),
    enabled,
  });
}
