import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseOf } from '@/lib/api-schema';
import { fileNameFromDisposition, saveBlob } from '@/lib/download';
import { ApiError, toProblem } from '@/lib/problem-details';

export type ReportForm = ResponseOf<'/api/v1/reports/{kind}', 'get'>;
export type ReportSection = ReportForm['sections'][number];

export const REPORT_KINDS = ['industry-basics', 'training', 'vouchers', 'subsidy', 'inspection'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** A report period: a year, or one quarter or month of it. */
export interface ReportPeriod {
  year: number;
  quarter?: number;
  month?: number;
}

export const reportKeys = { form: (kind: ReportKind, period: ReportPeriod) => ['reports', kind, period] as const };

export function useReport(kind: ReportKind, period: ReportPeriod) {
  return useQuery({
    queryKey: reportKeys.form(kind, period),
    queryFn: () => unwrap(api.GET('/api/v1/reports/{kind}', { params: { path: { kind }, query: period } })),
  });
}

/** Downloads the report form as XLSX (official layout) and saves it under the name the API gives. */
export async function exportReport({ kind, period }: { kind: ReportKind; period: ReportPeriod }): Promise<void> {
  const { data, error, response } = await api.GET('/api/v1/reports/{kind}/xlsx', {
    params: { path: { kind }, query: period },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw new ApiError(response.status, toProblem(response.status, error));
  saveBlob(data, fileNameFromDisposition(response.headers.get('Content-Disposition'), `report-${kind}.xlsx`));
}

export function useExportReport() {
  return useMutation({ mutationFn: exportReport });
}

/** Downloads the voucher work ledger (促进就业券发放使用台账) of the period as XLSX. */
export async function exportVoucherLedger(period: ReportPeriod): Promise<void> {
  const { data, error, response } = await api.GET('/api/v1/vouchers/statistics/ledger/xlsx', {
    params: { query: period },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw new ApiError(response.status, toProblem(response.status, error));
  saveBlob(data, fileNameFromDisposition(response.headers.get('Content-Disposition'), 'voucher-ledger.xlsx'));
}

export function useExportVoucherLedger() {
  return useMutation({ mutationFn: exportVoucherLedger });
}
