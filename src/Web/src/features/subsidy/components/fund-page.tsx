import { Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, message } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ExportButton, ExportError } from '@/components/export-button';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { useFormProblem } from '@/lib/use-form-problem';
import { useT } from '@/lib/i18n';
import { canManageSubsidy } from '../access';
import { chinaYear, useExportLedger, useFund, useLedger, useSetAllocation, type FundItem, type LedgerEntry } from '../api/subsidy';
import { subsidyMessages } from '../locales';
import { FundChart } from './fund-chart';
import { yuan } from './subsidy-labels';

/** 专项资金: the year's fund per item (allocated / reserved / paid / recovered / available) with a chart, and the ledger. */
export function FundPage() {
  const t = useT(subsidyMessages);
  const user = useCurrentUser();
  const [year, setYear] = useState(chinaYear());
  const [allocating, setAllocating] = useState<FundItem | null>(null);
  const fund = useFund(year);
  const money = (key: keyof FundItem) => ({
    title: t(`subsidy.fund.${key}` as Parameters<typeof t>[0]),
    dataIndex: key,
    align: 'right' as const,
    render: (v: number, row: FundItem) => <span data-testid={`fund-${row.itemCode}-${key}`}>{yuan(v)}</span>,
  });

  return (
    <PageContainer
      title={t('subsidy.fund.title')}
      extra={
        <Space>
          {t('subsidy.year')}
          <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} data-testid="fund-year" />
        </Space>
      }
    >
      <Card
        title={
          fund.data && (
            <Space>
              {t('subsidy.fund.total')}: {yuan(fund.data.allocated)}
              <Tag color={fund.data.balanced ? 'green' : 'red'} data-testid="fund-balanced">
                {t(fund.data.balanced ? 'subsidy.fund.balanced' : 'subsidy.fund.unbalanced')}
              </Tag>
            </Space>
          )
        }
      >
        {fund.isError ? (
          <ProblemAlert error={fund.error} onRetry={() => fund.refetch()} />
        ) : (
          <>
            {fund.data && (
              <FundChart
                items={fund.data.items}
                labels={{
                  allocated: t('subsidy.fund.allocated'),
                  reserved: t('subsidy.fund.reserved'),
                  paid: t('subsidy.fund.paid'),
                  recovered: t('subsidy.fund.recovered'),
                }}
              />
            )}
            <Table<FundItem>
              rowKey="itemCode"
              size="small"
              loading={fund.isLoading}
              pagination={false}
              dataSource={fund.data?.items ?? []}
              data-testid="fund-table"
              columns={[
                { title: t('subsidy.item'), dataIndex: 'itemName' },
                money('allocated'),
                money('reserved'),
                money('paid'),
                money('recovered'),
                money('available'),
                {
                  title: '',
                  render: (_, row) =>
                    canManageSubsidy(user) && (
                      <Button size="small" onClick={() => setAllocating(row)} data-testid={`fund-allocate-${row.itemCode}`}>
                        {t('subsidy.fund.allocate')}
                      </Button>
                    ),
                },
              ]}
            />
          </>
        )}
      </Card>
      <LedgerCard year={year} items={fund.data?.items ?? []} />
      {allocating && <AllocationModal year={year} item={allocating} onClose={() => setAllocating(null)} />}
    </PageContainer>
  );
}

function LedgerCard({ year, items }: { year: number; items: FundItem[] }) {
  const t = useT(subsidyMessages);
  const [itemCode, setItemCode] = useState<string>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const ledger = useLedger(year, { ...paging, itemCode });
  const exporter = useExportLedger();
  const names = Object.fromEntries(items.map((i) => [i.itemCode, i.itemName]));
  return (
    <Card
      title={t('subsidy.ledger.title')}
      extra={
        <Space>
          <Select
            allowClear
            placeholder={t('subsidy.item')}
            style={{ width: 200 }}
            value={itemCode}
            onChange={(v) => {
              setItemCode(v);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            options={items.map((i) => ({ value: i.itemCode, label: i.itemName }))}
          />
          <ExportButton
            label={t('subsidy.ledger.export')}
            loading={exporter.isPending}
            onClick={() => exporter.mutate({ year, itemCode })}
            testId="ledger-export"
          />
        </Space>
      }
    >
      {exporter.isError && <ExportError error={exporter.error} onRetry={() => exporter.mutate({ year, itemCode })} />}
      {ledger.isError ? (
        <ProblemAlert error={ledger.error} onRetry={() => ledger.refetch()} />
      ) : (
        <Table<LedgerEntry>
          rowKey="id"
          size="small"
          loading={ledger.isLoading}
          dataSource={ledger.data?.items ?? []}
          locale={{ emptyText: t('subsidy.ledger.empty') }}
          data-testid="ledger-table"
          pagination={{ current: paging.page, pageSize: paging.pageSize, total: ledger.data?.total ?? 0, onChange: (page, pageSize) => setPaging({ page, pageSize }) }}
          columns={[
            { title: t('subsidy.ledger.at'), dataIndex: 'at', render: formatDateTime },
            { title: t('subsidy.item'), dataIndex: 'itemCode', render: (c: string) => names[c] ?? c },
            { title: t('subsidy.ledger.kind'), dataIndex: 'kind', render: (k: LedgerEntry['kind']) => <Tag>{t(`subsidy.ledger.${k}`)}</Tag> },
            { title: t('subsidy.amount'), dataIndex: 'amount', align: 'right', render: (a: number) => yuan(a) },
            {
              title: t('subsidy.ledger.application'),
              dataIndex: 'applicationId',
              render: (id: string | null) => id && <Link to={`/subsidy/applications/${id}`}>{t('subsidy.view')}</Link>,
            },
            { title: t('subsidy.ledger.note'), dataIndex: 'note' },
            { title: t('subsidy.ledger.actor'), dataIndex: 'actor' },
          ]}
        />
      )}
    </Card>
  );
}

function AllocationModal({ year, item, onClose }: { year: number; item: FundItem; onClose: () => void }) {
  const t = useT(subsidyMessages);
  const [form] = Form.useForm<{ amount: number; note?: string }>();
  const save = useSetAllocation(year);
  const { problem, report, clear } = useFormProblem(form, ['amount', 'note']);
  return (
    <Modal
      open
      title={`${t('subsidy.fund.allocate')} · ${item.itemName} · ${year}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending, ...{ 'data-testid': 'allocation-save' } }}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ amount: item.allocated }}
        onFinish={async (v) => {
          clear();
          try {
            await save.mutateAsync({ itemCode: item.itemCode, amount: v.amount, note: v.note?.trim() || undefined });
            message.success(t('subsidy.fund.saved'));
            onClose();
          } catch (e) {
            // A 409 below_committed belongs to the amount.
            report(e);
          }
        }}
      >
        <Form.Item name="amount" label={t('subsidy.fund.allocated')} rules={[{ required: true, message: t('subsidy.field.required') }]}>
          <InputNumber min={0} precision={2} style={{ width: 220 }} data-testid="allocation-amount" />
        </Form.Item>
        <Form.Item name="note" label={t('subsidy.fund.allocationNote')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
