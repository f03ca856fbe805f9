import { Alert, Button, Card, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Typography, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/lib/auth';
import { toIsoDate } from '@/lib/dates';
import { formatDateTime } from '@/lib/format';
import { problemOf } from '@/lib/problem-details';
import { useT } from '@/lib/i18n';
import { canManageVouchers, canServeVouchers } from '../access';
import { useBatches } from '../api/batches';
import { useCreateSettlement, useSettlementAction, useSettlements, type Settlement } from '../api/settlements';
import { useVouchers } from '../api/vouchers';
import { vouchersMessages } from '../locales';

/** 结算管理: statements of verified services; institutions submit, the district approves and records the payment. */
export function SettlementsPage() {
  const t = useT(vouchersMessages);
  const user = useCurrentUser();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [paying, setPaying] = useState<Settlement | null>(null);
  const [rejecting, setRejecting] = useState<Settlement | null>(null);
  const settlements = useSettlements({ page, pageSize: 20 });
  const action = useSettlementAction();
  const fail = (error: unknown) => message.error(problemOf(error)?.detail ?? String(error));

  return (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{t('vouchers.settlements.title')}</Typography.Title>}
      extra={
        canServeVouchers(user) && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="settlements-create">
            {t('vouchers.settlements.create')}
          </Button>
        )
      }
    >
      {settlements.isError && <Alert type="error" showIcon message={t('vouchers.error.load')} />}
      <Table<Settlement>
        rowKey="id"
        loading={settlements.isLoading}
        dataSource={settlements.data?.items ?? []}
        locale={{ emptyText: t('vouchers.settlements.empty') }}
        pagination={{ current: page, pageSize: 20, total: settlements.data?.total ?? 0, onChange: setPage }}
        columns={[
          { title: t('vouchers.settlements.batch'), dataIndex: 'batchName' },
          { title: t('vouchers.settlements.institution'), dataIndex: 'institutionName' },
          { title: t('vouchers.settlements.count'), dataIndex: 'voucherCount' },
          { title: t('vouchers.settlements.amount'), dataIndex: 'amount', render: (a: number) => a.toFixed(2) },
          {
            title: t('vouchers.settlements.status'),
            dataIndex: 'status',
            render: (s: Settlement['status']) => (
              <Tag color={s === 'Paid' ? 'green' : s === 'Approved' ? 'blue' : s === 'Rejected' ? 'red' : 'default'} data-testid="settlement-status">
                {t(`vouchers.settlements.status.${s}`)}
              </Tag>
            ),
          },
          {
            title: t('vouchers.settlements.rejectionReason'),
            render: (_, s) =>
              s.rejectionReason ? (
                <Typography.Text type="danger" data-testid="settlement-rejection-reason">
                  {s.rejectionReason}
                </Typography.Text>
              ) : null,
          },
          { title: t('vouchers.application.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
          { title: t('vouchers.settlements.reference'), render: (_, s) => (s.paidOn ? `${s.paidOn} · ${s.paymentReference}` : '') },
          {
            title: '',
            render: (_, s) =>
              canManageVouchers(user) && (
                <Space>
                  {s.status === 'Submitted' && (
                    <Button size="small" onClick={() => action.mutateAsync({ id: s.id }).catch(fail)} data-testid="settlement-approve">
                      {t('vouchers.settlements.approve')}
                    </Button>
                  )}
                  {s.status === 'Approved' && (
                    <Button size="small" type="primary" onClick={() => setPaying(s)} data-testid="settlement-pay">
                      {t('vouchers.settlements.pay')}
                    </Button>
                  )}
                  {(s.status === 'Submitted' || s.status === 'Approved') && (
                    <Button size="small" danger onClick={() => setRejecting(s)} data-testid="settlement-reject">
                      {t('vouchers.settlements.reject')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <CreateSettlementModal open={creating} onClose={() => setCreating(false)} />
      <PayModal settlement={paying} onClose={() => setPaying(null)} />
      <RejectModal settlement={rejecting} onClose={() => setRejecting(null)} />
    </Card>
  );
}

function CreateSettlementModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(vouchersMessages);
  const [form] = Form.useForm<{ batchId: string; institutionId: string }>();
  const batchId = Form.useWatch('batchId', form);
  const batches = useBatches(1, 100);
  // The institutions with verified, unsettled vouchers in the batch (within the caller's scope).
  const verified = useVouchers({ batchId, status: 'Verified', unsettled: true, pageSize: 200 }, open && !!batchId);
  const institutions = [...new Map((verified.data?.items ?? []).filter((v) => v.institutionId).map((v) => [v.institutionId!, v.institutionName ?? ''])).entries()];
  const create = useCreateSettlement();
  const [error, setError] = useState<string | null>(null);

  return (
    <Modal
      open={open}
      title={t('vouchers.settlements.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending, ...{ 'data-testid': 'settlement-submit' } }}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={async (values) => {
          setError(null);
          try {
            await create.mutateAsync(values);
            message.success(t('vouchers.success.saved'));
            onClose();
          } catch (e) {
            setError(problemOf(e)?.detail ?? String(e));
          }
        }}
      >
        <Form.Item name="batchId" label={t('vouchers.settlements.batch')} rules={[{ required: true, message: t('vouchers.field.required') }]}>
          <Select data-testid="settlement-batch" options={batches.data?.items.map((b) => ({ value: b.id, label: b.name }))} />
        </Form.Item>
        <Form.Item name="institutionId" label={t('vouchers.settlements.institution')} rules={[{ required: true, message: t('vouchers.field.required') }]}>
          <Select data-testid="settlement-institution" loading={verified.isLoading} options={institutions.map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function PayModal({ settlement, onClose }: { settlement: Settlement | null; onClose: () => void }) {
  const t = useT(vouchersMessages);
  const [form] = Form.useForm<{ paidOn: Dayjs; reference: string }>();
  const action = useSettlementAction();
  return (
    <Modal
      open={!!settlement}
      title={t('vouchers.settlements.pay')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: action.isPending, ...{ 'data-testid': 'settlement-pay-submit' } }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ paidOn: dayjs() }}
        onFinish={async (values) => {
          try {
            await action.mutateAsync({ id: settlement!.id, pay: { paidOn: toIsoDate(values.paidOn)!, reference: values.reference.trim() } });
            onClose();
          } catch (e) {
            message.error(problemOf(e)?.detail ?? String(e));
          }
        }}
      >
        <Form.Item name="paidOn" label={t('vouchers.settlements.paidOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="reference" label={t('vouchers.settlements.reference')} rules={[{ required: true, message: t('vouchers.field.required') }]}>
          <Input data-testid="settlement-reference" maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 结算单退回: the reason goes back to the institution, whose vouchers can go on a corrected statement. */
export function RejectModal({ settlement, onClose }: { settlement: Settlement | null; onClose: () => void }) {
  const t = useT(vouchersMessages);
  const [form] = Form.useForm<{ reason: string }>();
  const action = useSettlementAction();
  const [error, setError] = useState<unknown>(null);
  return (
    <Modal
      open={!!settlement}
      title={settlement ? `${t('vouchers.settlements.reject')} · ${settlement.institutionName} · ${settlement.amount.toFixed(2)}` : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('vouchers.settlements.reject')}
      okButtonProps={{ danger: true, loading: action.isPending, ...{ 'data-testid': 'settlement-reject-submit' } }}
      destroyOnHidden
    >
      <Alert type="info" showIcon message={t('vouchers.settlements.rejectHint')} style={{ marginBottom: 16 }} />
      {error !== null && <ProblemAlert error={error} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={async (values) => {
          setError(null);
          try {
            await action.mutateAsync({ id: settlement!.id, reject: { reason: values.reason.trim() } });
            message.success(t('vouchers.settlements.rejected'));
            onClose();
          } catch (e) {
            const fields = Object.entries(problemOf(e)?.errors ?? {}).map(([name, messages]) => ({
              name,
              errors: (Array.isArray(messages) ? messages : [messages]).map(String),
            }));
            if (fields.length > 0) form.setFields(fields as Parameters<typeof form.setFields>[0]);
            setError(e);
          }
        }}
      >
        <Form.Item
          name="reason"
          label={t('vouchers.settlements.rejectionReason')}
          rules={[{ required: true, whitespace: true, message: t('vouchers.field.required') }, { max: 1000 }]}
        >
          <Input.TextArea rows={3} maxLength={1000} data-testid="settlement-reject-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
