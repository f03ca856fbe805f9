import { Table, Typography } from 'antd';
import { useT } from '@/lib/i18n';
import type { ReportForm, ReportSection } from '../api/reports';
import { reportsMessages } from '../locales';
import './report-print.css';

const format = (value: number, money: boolean) =>
  money ? value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : value.toLocaleString('zh-CN');

/** A report form in the official layout: title, unit, period and scope, the tables with their 合计 rows, filled-by and date. */
export function ReportView({ form }: { form: ReportForm }) {
  const t = useT(reportsMessages);
  return (
    <article className="report-form" data-testid="report-form">
      <h2>{form.title}</h2>
      <div className="report-meta">
        <span>{t('reports.unit', { unit: form.reportingUnit })}</span>
        <span data-testid="report-period">{t('reports.period', { period: form.period })}</span>
        <span>{t('reports.scope', { scope: form.scope })}</span>
      </div>
      {form.sections.map((section) => (
        <ReportTable key={section.title} section={section} />
      ))}
      <div className="report-meta" style={{ marginTop: 24 }}>
        <span>{t('reports.filledBy', { name: form.filledBy })}</span>
        <span>{t('reports.filledOn', { date: form.filledOn })}</span>
      </div>
    </article>
  );
}

function ReportTable({ section }: { section: ReportSection }) {
  const t = useT(reportsMessages);
  const rows = section.rows.map((row, index) => ({ key: `${index}`, ...row }));
  const isMoney = (column: string) => column.includes('元');
  return (
    <section>
      <h3>{section.title}</h3>
      <Table
        size="small"
        bordered
        pagination={false}
        dataSource={rows}
        data-testid={`report-section-${section.title.slice(0, 2)}`}
        columns={section.columns.map((column, index) =>
          index === 0
            ? { title: column, dataIndex: 'label', key: 'label' }
            : {
                title: column,
                key: `v${index}`,
                align: 'right' as const,
                render: (_: unknown, row: (typeof rows)[number]) => format(row.values[index - 1] ?? 0, isMoney(column)),
              },
        )}
        summary={() =>
          section.total ? (
            <Table.Summary.Row className="report-total">
              <Table.Summary.Cell index={0}>{section.total.label}</Table.Summary.Cell>
              {section.total.values.map((value, index) => (
                <Table.Summary.Cell index={index + 1} key={index} align="right">
                  {format(value, isMoney(section.columns[index + 1] ?? ''))}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          ) : null
        }
      />
      {section.note && <Typography.Text type="secondary">{t('reports.note', { note: section.note })}</Typography.Text>}
    </section>
  );
}
