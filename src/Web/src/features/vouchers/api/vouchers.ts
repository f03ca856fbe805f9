import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { QueryOf, ResponseOf } from '@/lib/api-schema';
import { vouchersKeys } from './vouchers-keys';

export type VouchersQuery = QueryOf<'/api/v1/vouchers', 'get'>;
export type VouchersPage = ResponseOf<'/api/v1/vouchers', 'get'>;
export type Voucher = ResponseOf<'/api/v1/vouchers/{id}', 'get'>;
export type VoucherStatus = Voucher['status'];
export type CandidateInstitution = ResponseOf<'/api/v1/vouchers/institutions', 'get'>[number];

export function useVouchers(query: VouchersQuery, enabled = true) {
  return useQuery({
    queryKey: vouchersKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/vouchers', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useVoucher(id: string) {
  return useQuery({
    queryKey: vouchersKeys.voucher(id),
    queryFn: () => unwrap(api.GET('/api/v1/vouchers/{id}', { params: { path: { id } } })),
  });
}

export function useBusinessFormats() {
  return useQuery({
    queryKey: vouchersKeys.formats,
    queryFn: () => unwrap(api.GET('/api/v1/registry/business-formats')),
    staleTime: 60 * 60_000,
  });
}

export function useCandidateInstitutions(businessFormat: string | undefined) {
  return useQuery({
    queryKey: vouchersKeys.institutions(businessFormat ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/vouchers/institutions', { params: { query: { businessFormat } } })),
    enabled: !!businessFormat,
  });
}

/** A workflow step on a voucher, by its URL segment, with its body. */
export type VoucherStep =
  | { step: 'select-institution'; body: { institutionId: string; businessFormat: string } }
  | { step: 'schedule'; body: { scheduledFor: string } }
  | {
      step: 'service';
      body: { workerName: string; serviceDate: string; durationMinutes: number; serviceItems: string; residentConfirmed: boolean };
    }
  | { step: 'follow-up'; body: { date: string; channel: 'Phone' | 'Visit' | 'Online'; satisfaction: number; issues: string | null } }
  | { step: 'verify'; body: { result: 'Confirmed' | 'Discrepancy'; note: string | null } }
  | { step: 'void'; body: { reason: string | null } };

function post(id: string, s: VoucherStep) {
  const params = { path: { id } };
  switch (s.step) {
    case 'select-institution':
      return api.POST('/api/v1/vouchers/{id}/select-institution', { params, body: s.body });
    case 'schedule':
      return api.POST('/api/v1/vouchers/{id}/schedule', { params, body: s.body });
    case 'service':
      return api.POST('/api/v1/vouchers/{id}/service', { params, body: s.body });
    case 'follow-up':
      return api.POST('/api/v1/vouchers/{id}/follow-up', { params, body: s.body });
    case 'verify':
      return api.POST('/api/v1/vouchers/{id}/verify', { params, body: s.body });
    case 'void':
      return api.POST('/api/v1/vouchers/{id}/void', { params, body: s.body });
  }
}

export function useVoucherStep(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (step: VoucherStep) => unwrap(post(id, step)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: vouchersKeys.all }),
  });
}
