import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, InputNumber, Segmented, Select, Space } from 'antd';
import { useState } from 'react';
import { ExportButton, ExportError } from '@/components/export-button';
import { PageContainer } from '@/components/page-container';
import { PageError } from '@/components/page-error';
import { PageLoading } from '@/components/page-loading';
import { useT } from '@/lib/i18n';
import { REPORT_KINDS, useExportReport, useExportVoucherLedger, useReport, type ReportKind, type ReportPeriod } from '../api/reports';
import { reportsMessages } from '../locales';
import { ReportView } from './report-view';

type PeriodType = 'year' | 'quarter' | 'month';

/** `/reports`: the statistical report forms (统计报表) for a chosen period, on screen, as XLSX and for printing. */
export function ReportsPage() {
  const t = useT(reportsMessages);
  const now = new Date();
  const [kind, setKind] = useState<ReportKind>('industry-basics');
  const [year, setYear] = useState(now.getFullYear());
  const [periodType, setPeriodType] = useState<PeriodType>('year');
  const [quarter, setQuarter] = useState(Math.floor(now.getMonth() / 3) + 1);
  const [month, setMonth] = useState(now.getMonth() + 1);
  const period: ReportPeriod =
    periodType === 'quarter' ? { year, quarter } : periodType === 'month' ? { year, month } : { year };
  const report = useReport(kind, period);
  const exporting = useExportReport();
  const ledger = useExportVoucherLedger();

  return (
    <PageContainer
      title={t('reports.title')}
      extra={
        <Space className="no-print">
          <ExportButton label={t('reports.export')} loading={exporting.isPending} onClick={() => exporting.mutate({ kind, period })} testId="export-report" />
          <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-report">
            {t('reports.print')}
          </Button>
        </Space>
      }
    >
      <Card size="small" className="no-print">
        <Space wrap>
          <Select
            value={kind}
            onChange={setKind}
            style={{ width: 220 }}
            aria-label={t('reports.kind')}
            data-testid="report-kind"
            options={REPORT_KINDS.map((k) => ({ value: k, label: t(`reports.kind.${k}`) }))}
          />
          <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} aria-label={t('reports.year')} data-testid="report-year" />
          <Segmented<PeriodType>
            value={periodType}
            onChange={setPeriodType}
            options={[
              { value: 'year', label: t('reports.period.year') },
              { value: 'quarter', label: t('reports.period.quarter') },
              { value: 'month', label: t('reports.period.month') },
            ]}
            data-testid="report-period-type"
          />
          {periodType === 'quarter' && (
            <Select
              value={quarter}
              onChange={setQuarter}
              style={{ width: 120 }}
              aria-label={t('reports.period.quarter')}
              options={[1, 2, 3, 4].map((q) => ({ value: q, label: t('reports.quarter', { q }) }))}
            />
          )}
          {periodType === 'month' && (
            <Select
              value={month}
              onChange={setMonth}
              style={{ width: 100 }}
              aria-label={t('reports.period.month')}
              options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t('reports.month', { m: i + 1 }) }))}
            />
          )}
        </Space>
      </Card>
      {exporting.isError && <ExportError error={exporting.error} onRetry={() => exporting.mutate({ kind, period })} />}
      <Card size="small" className="no-print" title={t('reports.ledgers')}>
        <ExportButton label={t('reports.ledger.vouchers')} loading={ledger.isPending} onClick={() => ledger.mutate(period)} testId="export-voucher-ledger" />
        {ledger.isError && <ExportError error={ledger.error} onRetry={() => ledger.mutate(period)} />}
      </Card>
      {report.isPending ? (
        <PageLoading />
      ) : report.isError ? (
        <PageError error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <ReportView form={report.data} />
      )}
    </PageContainer>
  );
}
