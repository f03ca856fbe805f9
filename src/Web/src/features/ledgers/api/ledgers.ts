import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { fileNameFromDisposition, saveBlob } from '@/lib/download';
import { ApiError, toProblem } from '@/lib/problem-details';

/** The work ledgers (工作台账): each module serves its own rows (paged) and its XLSX. */
export const LEDGER_KINDS = ['training', 'subsidy', 'vouchers', 'inspection'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export interface LedgerFilter {
  year: number;
  quarter?: number;
  month?: number;
  streetCode?: string;
  page: number;
  pageSize: number;
}

export interface LedgerPage {
  items: Record<string, unknown>[];
  total: number;
}

async function fetchRows(kind: LedgerKind, query: LedgerFilter): Promise<LedgerPage> {
  const params = { params: { query } };
  switch (kind) {
    case 'training':
      return unwrap(api.GET('/api/v1/training/statistics/ledger', params)) as Promise<LedgerPage>;
    case 'subsidy':
      return unwrap(api.GET('/api/v1/subsidy/statistics/ledger', params)) as Promise<LedgerPage>;
    case 'vouchers':
      return unwrap(api.GET('/api/v1/vouchers/statistics/ledger', params)) as Promise<LedgerPage>;
    case 'inspection':
      return unwrap(api.GET('/api/v1/inspection/statistics/ledger', params)) as Promise<LedgerPage>;
  }
}

export function useLedger(kind: LedgerKind, filter: LedgerFilter) {
  return useQuery({ queryKey: ['ledgers', kind, filter], queryFn: () => fetchRows(kind, filter), placeholderData: keepPreviousData });
}

/** Downloads the ledger of the period as XLSX (official layout) under the name the API gives. */
export async function exportLedger({ kind, filter }: { kind: LedgerKind; filter: Omit<LedgerFilter, 'page' | 'pageSize'> }): Promise<void> {
  const params = { params: { query: filter }, parseAs: 'blob' as const };
  const { data, error, response } =
    kind === 'training'
      ? await api.GET('/api/v1/training/statistics/ledger/xlsx', params)
      : kind === 'subsidy'
        ? await api.GET('/api/v1/subsidy/statistics/ledger/xlsx', params)
        : kind === 'vouchers'
          ? await api.GET('/api/v1/vouchers/statistics/ledger/xlsx', params)
          : await api.GET('/api/v1/inspection/statistics/ledger/xlsx', params);
  if (!response.ok || !data) throw new ApiError(response.status, toProblem(response.status, error));
  saveBlob(data as Blob, fileNameFromDisposition(response.headers.get('Content-Disposition'), `${kind}-ledger.xlsx`));
}

export function useExportLedger() {
  return useMutation({ mutationFn: exportLedger });
}
