import { Card, Empty, InputNumber, Segmented, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { ExportButton, ExportError } from '@/components/export-button';
import { PageContainer } from '@/components/page-container';
import { PageError } from '@/components/page-error';
import { useT } from '@/lib/i18n';
import { LEDGER_KINDS, useExportLedger, useLedger, type LedgerKind } from '../api/ledgers';
import { ledgersMessages } from '../locales';

type PeriodType = 'year' | 'quarter' | 'month';

/** Columns per ledger: field of the row and its zh-CN heading (the same as the XLSX). */
const COLUMNS: Record<LedgerKind, [string, string][]> = {
  training: [
    ['number', '序号'], ['startDate', '开班日期'], ['endDate', '结业日期'], ['className', '班级名称'], ['programme', '培训项目'],
    ['provider', '承训机构'], ['streetName', '街道（镇）'], ['enrolled', '报名人数'], ['completed', '结业人数'], ['certified', '取证人数'], ['status', '状态'],
  ],
  subsidy: [
    ['number', '序号'], ['paidOn', '拨付日期'], ['itemName', '政策项目'], ['institutionName', '申请单位'], ['streetName', '街道（镇）'],
    ['amount', '拨付金额（元）'], ['status', '状态'],
  ],
  vouchers: [
    ['number', '序号'], ['code', '券号'], ['holder', '持券人'], ['street', '街道（镇）'], ['faceValue', '面值（元）'], ['issuedAt', '发放时间'],
    ['status', '状态'], ['institution', '服务机构'], ['serviceDate', '服务日期'],
  ],
  inspection: [
    ['number', '序号'], ['date', '检查日期'], ['kindName', '类型'], ['activity', '检查活动'], ['objectName', '检查对象'], ['streetName', '街道（镇）'],
    ['inspectors', '检查人员'], ['outcome', '结论'], ['score', '得分'], ['rectifyBy', '整改期限'],
  ],
};

/** `/ledgers`: the work ledgers (工作台账) — pick a ledger and a period, page through it, export it as XLSX. */
export function LedgersPage() {
  const t = useT(ledgersMessages);
  const now = new Date();
  const [kind, setKind] = useState<LedgerKind>('training');
  const [year, setYear] = useState(now.getFullYear());
  const [periodType, setPeriodType] = useState<PeriodType>('year');
  const [quarter, setQuarter] = useState(Math.floor(now.getMonth() / 3) + 1);
  const [month, setMonth] = useState(now.getMonth() + 1);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const period = periodType === 'quarter' ? { year, quarter } : periodType === 'month' ? { year, month } : { year };
  const ledger = useLedger(kind, { ...period, page, pageSize });
  const exporting = useExportLedger();
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };

  return (
    <PageContainer
      title={t('ledgers.title')}
      extra={
        <ExportButton label={t('ledgers.export')} loading={exporting.isPending} onClick={() => exporting.mutate({ kind, filter: period })} testId="export-ledger" />
      }
    >
      <Card size="small">
        <Space wrap>
          <Select
            value={kind}
            onChange={reset(setKind)}
            style={{ width: 240 }}
            aria-label={t('ledgers.kind')}
            data-testid="ledger-kind"
            options={LEDGER_KINDS.map((k) => ({ value: k, label: t(`ledgers.kind.${k}`) }))}
          />
          <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && reset(setYear)(v)} aria-label={t('ledgers.year')} data-testid="ledger-year" />
          <Segmented<PeriodType>
            value={periodType}
            onChange={reset(setPeriodType)}
            options={[
              { value: 'year', label: t('ledgers.period.year') },
              { value: 'quarter', label: t('ledgers.period.quarter') },
              { value: 'month', label: t('ledgers.period.month') },
            ]}
          />
          {periodType === 'quarter' && (
            <Select value={quarter} onChange={reset(setQuarter)} style={{ width: 120 }} aria-label={t('ledgers.period.quarter')}
              options={[1, 2, 3, 4].map((q) => ({ value: q, label: t('ledgers.quarter', { q }) }))} />
          )}
          {periodType === 'month' && (
            <Select value={month} onChange={reset(setMonth)} style={{ width: 100 }} aria-label={t('ledgers.period.month')}
              options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t('ledgers.month', { m: i + 1 }) }))} />
          )}
        </Space>
      </Card>
      {exporting.isError && <ExportError error={exporting.error} onRetry={() => exporting.mutate({ kind, filter: period })} />}
      {ledger.isError ? (
        <PageError error={ledger.error} onRetry={() => void ledger.refetch()} />
      ) : (
        <Table<Record<string, unknown>>
          data-testid="ledger-table"
          size="small"
          rowKey={(r) => String(r.number)}
          loading={ledger.isPending}
          dataSource={ledger.data?.items ?? []}
          columns={COLUMNS[kind].map(([dataIndex, title]) => ({ dataIndex, title, render: (v: unknown) => (v == null ? '' : String(v)) }))}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledgers.empty')} /> }}
          scroll={{ x: true }}
          pagination={{
            current: page,
            pageSize,
            total: ledger.data?.total ?? 0,
            showSizeChanger: true,
            onChange: (p, s) => {
              setPage(s === pageSize ? p : 1);
              setPageSize(s);
            },
          }}
        />
      )}
    </PageContainer>
  );
}
