import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf, QueryOf, ResponseOf } from '@/lib/api-schema';
import { fileNameFromDisposition, saveBlob } from '@/lib/download';
import { ApiError, toProblem } from '@/lib/problem-details';

export type Policy = ResponseOf<'/api/v1/subsidy/policies', 'get'>[number];
export type ApplicationsPage = ResponseOf<'/api/v1/subsidy/applications', 'get'>;
export type SubsidyApplication = ApplicationsPage['items'][number];
export type ApplicationStatus = SubsidyApplication['status'];
export type Calculation = ResponseOf<'/api/v1/subsidy/applications/preview', 'post'>;
type GeneratedApplyBody = BodyOf<'/api/v1/subsidy/applications', 'post'>;
/** 社保补贴 staff category: 就业困难人员 or 高校毕业生. */
export type StaffCategory = 'HardToEmploy' | 'RecentGraduate';
/** One staff member claimed for (补贴人员): 社保补贴 with category and months, 意外伤害保险/健康体检补贴 with the cost. */
export interface StaffMemberInput {
  idNumber: string;
  name: string;
  category?: StaffCategory | null;
  /** `YYYY-MM` */
  fromMonth?: string | null;
  /** `YYYY-MM` */
  toMonth?: string | null;
  cost?: number | null;
}
/** One repayment statement (还息凭证): `YYYY-MM` and the interest paid in yuan. */
export interface InterestStatementInput {
  month: string;
  interestPaid: number;
}
/**
 * The application inputs, including those of the newer items (创业担保贷款贴息, 社保补贴, 意外伤害保险/健康体检补贴),
 * stated here as the API's `ApplicationInputs` record takes them (dates `YYYY-MM-DD`, months `YYYY-MM`).
 */
export type ApplicationInputs = GeneratedApplyBody['inputs'] & {
  lender?: string | null;
  loanContractNumber?: string | null;
  loanPrincipal?: number | null;
  /** `YYYY-MM-DD` */
  loanStartDate?: string | null;
  /** `YYYY-MM-DD` */
  loanEndDate?: string | null;
  interestStatements?: InterestStatementInput[] | null;
  staff?: StaffMemberInput[] | null;
};
export type ApplyBody = Omit<GeneratedApplyBody, 'inputs'> & { inputs: ApplicationInputs };
/** Body of the resubmission (修改后重新提交): the corrected inputs and an optional note. */
export interface ResubmitBody {
  inputs: ApplicationInputs;
  comment?: string;
}
export type ApplicationsQuery = NonNullable<QueryOf<'/api/v1/subsidy/applications', 'get'>>;
export type BulkReviewAction = BodyOf<'/api/v1/subsidy/applications/bulk-review', 'post'>['action'];
export type BulkReviewResult = ResponseOf<'/api/v1/subsidy/applications/bulk-review', 'post'>;
export type Fund = ResponseOf<'/api/v1/subsidy/funds/{year}', 'get'>;
export type FundItem = Fund['items'][number];
export type LedgerPage = ResponseOf<'/api/v1/subsidy/funds/{year}/ledger', 'get'>;
export type LedgerEntry = LedgerPage['items'][number];

export const APPLICATION_STATUSES: ApplicationStatus[] = [
  'Submitted',
  'StreetApproved',
  'Approved',
  'Returned',
  'Rejected',
  'Paid',
  'RecoveryOrdered',
  'Recovered',
];

/** The actions of one application's workflow, as the API paths name them. */
export type ApplicationAction =
  | { kind: 'street-approve'; comment?: string }
  | { kind: 'district-approve'; comment?: string }
  | { kind: 'return'; comment: string }
  | { kind: 'reject'; comment: string }
  | { kind: 'pay'; paidOn: string; bankReference: string }
  | { kind: 'recovery'; reason: string }
  | { kind: 'recovery/complete'; recoveredOn: string; reference: string };

export const subsidyKeys = {
  all: ['subsidy'] as const,
  policies: (year: number) => ['subsidy', 'policies', year] as const,
  applications: (query: object) => ['subsidy', 'applications', query] as const,
  application: (id: string) => ['subsidy', 'application', id] as const,
  fund: (year: number) => ['subsidy', 'fund', year] as const,
  ledger: (year: number, query: object) => ['subsidy', 'ledger', year, query] as const,
  institutions: (search: string) => ['subsidy', 'institution-options', search] as const,
};

/** The current year in China (the fund's and the applications' year). */
export function chinaYear(now = new Date()): number {
  return new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();
}

export function usePolicies(year: number) {
  return useQuery({
    queryKey: subsidyKeys.policies(year),
    queryFn: () => unwrap(api.GET('/api/v1/subsidy/policies', { params: { query: { year } } })),
  });
}

export function useSetPolicyParameters() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, year, body }: { code: string; year: number; body: BodyOf<'/api/v1/subsidy/policies/{code}/years/{year}', 'put'> }) =>
      unwrap(api.PUT('/api/v1/subsidy/policies/{code}/years/{year}', { params: { path: { code, year } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subsidyKeys.all }),
  });
}

export function useApplications(query: ApplicationsQuery, enabled = true) {
  return useQuery({
    queryKey: subsidyKeys.applications(query),
    queryFn: () => unwrap(api.GET('/api/v1/subsidy/applications', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: subsidyKeys.application(id),
    queryFn: () => unwrap(api.GET('/api/v1/subsidy/applications/{id}', { params: { path: { id } } })),
  });
}

/** The calculation preview (补贴测算): nothing is saved. */
export function previewCalculation(body: ApplyBody, signal?: AbortSignal) {
  return unwrap(api.POST('/api/v1/subsidy/applications/preview', { body, signal }));
}

export function useApply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApplyBody) => unwrap(api.POST('/api/v1/subsidy/applications', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subsidyKeys.all }),
  });
}

/** Resubmits a returned application with corrected inputs (recalculated by the API); the detail is refreshed. */
export function useResubmit(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ResubmitBody) =>
      unwrap(api.POST('/api/v1/subsidy/applications/{id}/resubmit', { params: { path: { id } }, body: body as BodyOf<'/api/v1/subsidy/applications/{id}/resubmit', 'post'> })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subsidyKeys.all }),
  });
}

/** Runs one workflow action on an application. */
export function runAction(id: string, action: ApplicationAction) {
  const path = { params: { path: { id } } };
  switch (action.kind) {
    case 'street-approve':
      return unwrap(api.POST('/api/v1/subsidy/applications/{id}/street-approve', { ...path, body: { comment: action.comment } }));
    case 'district-approve':
      return unwrap(api.POST('/api/v1/subsidy/applications/{id}/district-approve', { ...path, body: { comment: action.comment } }));
    case 'return':
      return unwrap(api.POST('/api/v1/subsidy/applications/{id}/return', { ...path, body: { comment: action.comment } }));
    case 'reject':
      return unwrap(api.POST('/api/v1/subsidy/applications/{id}/reject', { ...path, body: { comment: action.comment } }));
    case 'pay':
      return unwrap(
        api.POST('/api/v1/subsidy/applications/{id}/pay', { ...path, body: { paidOn: action.paidOn, bankReference: action.bankReference } }),
      );
    case 'recovery':
      return unwrap(api.POST('/api/v1/subsidy/applications/{id}/recovery', { ...path, body: { reason: action.reason } }));
    case 'recovery/complete':
      return unwrap(
        api.POST('/api/v1/subsidy/applications/{id}/recovery/complete', {
          ...path,
          body: { recoveredOn: action.recoveredOn, reference: action.reference },
        }),
      );
  }
}

export function useApplicationAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: ApplicationAction) => runAction(id, action),
    onSettled: () => queryClient.invalidateQueries({ queryKey: subsidyKeys.all }),
  });
}

export function useBulkReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids: string[]; action: BulkReviewAction; comment?: string }) =>
      unwrap(api.POST('/api/v1/subsidy/applications/bulk-review', { body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: subsidyKeys.all }),
  });
}

export function useFund(year: number, enabled = true) {
  return useQuery({
    queryKey: subsidyKeys.fund(year),
    queryFn: () => unwrap(api.GET('/api/v1/subsidy/funds/{year}', { params: { path: { year } } })),
    enabled,
  });
}

export function useSetAllocation(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemCode, amount, note }: { itemCode: string; amount: number; note?: string }) =>
      unwrap(api.PUT('/api/v1/subsidy/funds/{year}/allocations/{itemCode}', { params: { path: { year, itemCode } }, body: { amount, note } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subsidyKeys.all }),
  });
}

export function useLedger(year: number, query: { page: number; pageSize: number; itemCode?: string }) {
  return useQuery({
    queryKey: subsidyKeys.ledger(year, query),
    queryFn: () => unwrap(api.GET('/api/v1/subsidy/funds/{year}/ledger', { params: { path: { year }, query } })),
    placeholderData: keepPreviousData,
  });
}

/** Downloads the year's ledger as XLSX (导出资金台账). */
export async function exportLedger(year: number, itemCode?: string): Promise<void> {
  const { data, error, response } = await api.GET('/api/v1/subsidy/funds/{year}/ledger/export', {
    params: { path: { year }, query: { itemCode } },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw new ApiError(response.status, toProblem(response.status, error));
  saveBlob(data, fileNameFromDisposition(response.headers.get('Content-Disposition'), `资金台账-${year}.xlsx`));
}

export function useExportLedger() {
  return useMutation({ mutationFn: ({ year, itemCode }: { year: number; itemCode?: string }) => exportLedger(year, itemCode) });
}

/** Institutions of the register to apply for (the caller's scope applies: an operator sees their own). */
export function useInstitutionOptions(search: string) {
  return useQuery({
    queryKey: subsidyKeys.institutions(search),
    queryFn: () =>
      unwrap(api.GET('/api/v1/registry/institutions', { params: { query: { search: search || undefined, status: 'Recognised', pageSize: 20 } } })),
    placeholderData: keepPreviousData,
  });
}
