import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { QueryOf, ResponseOf } from '@/lib/api-schema';
import { vouchersKeys } from './vouchers-keys';

export type SettlementsQuery = QueryOf<'/api/v1/vouchers/settlements', 'get'>;
export type Settlement = ResponseOf<'/api/v1/vouchers/settlements', 'get'>['items'][number];

export function useSettlements(query: SettlementsQuery) {
  return useQuery({
    queryKey: vouchersKeys.settlements(query),
    queryFn: () => unwrap(api.GET('/api/v1/vouchers/settlements', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateSettlement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { batchId: string; institutionId: string }) =>
      unwrap(api.POST('/api/v1/vouchers/settlements', { body: { ...body, voucherIds: null } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: vouchersKeys.all }),
  });
}

export function useSettlementAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, pay, reject }: { id: string; pay?: { paidOn: string; reference: string }; reject?: { reason: string } }) =>
      pay
        ? unwrap(api.POST('/api/v1/vouchers/settlements/{id}/pay', { params: { path: { id } }, body: pay }))
        : reject
          ? unwrap(api.POST('/api/v1/vouchers/settlements/{id}/reject', { params: { path: { id } }, body: reject }))
          : unwrap(api.POST('/api/v1/vouchers/settlements/{id}/approve', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: vouchersKeys.all }),
  });
}
