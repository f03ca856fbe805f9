import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { BodyOf, ResponseOf } from '@/lib/api-schema';
import { vouchersKeys } from './vouchers-keys';

export type BatchesPage = ResponseOf<'/api/v1/vouchers/batches', 'get'>;
export type Batch = BatchesPage['items'][number];
export type CreateBatchBody = BodyOf<'/api/v1/vouchers/batches', 'post'>;
export type IssuanceResult = ResponseOf<'/api/v1/vouchers/batches/{id}/issue', 'post'>;
export type VoucherGroup = ResponseOf<'/api/v1/vouchers/groups', 'get'>[number];

export function useBatches(page: number, pageSize: number) {
  return useQuery({
    queryKey: vouchersKeys.batches(page, pageSize),
    queryFn: () => unwrap(api.GET('/api/v1/vouchers/batches', { params: { query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
  });
}

export function useBatch(id: string) {
  return useQuery({
    queryKey: vouchersKeys.batch(id),
    queryFn: () => unwrap(api.GET('/api/v1/vouchers/batches/{id}', { params: { path: { id } } })),
  });
}

export function useCreateBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBatchBody) => unwrap(api.POST('/api/v1/vouchers/batches', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vouchersKeys.all }),
  });
}

/** Batch issuance (批量审核发券): the given declarations, or every pending one in scope. */
export function useIssueBatch(batchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (applicationIds?: string[]) =>
      unwrap(
        api.POST('/api/v1/vouchers/batches/{id}/issue', {
          params: { path: { id: batchId } },
          body: { applicationIds: applicationIds ?? null },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: vouchersKeys.all }),
  });
}

export function useVoucherGroups() {
  return useQuery({
    queryKey: vouchersKeys.groups,
    queryFn: () => unwrap(api.GET('/api/v1/vouchers/groups')),
    staleTime: 60 * 60_000,
  });
}

export function groupName(groups: readonly VoucherGroup[] | undefined, code: string): string {
  return groups?.find((g) => g.code === code)?.name ?? code;
}
