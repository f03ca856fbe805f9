import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Popconfirm, Radio, Result, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageContainer } from '@/components/page-container';
import { PageError } from '@/components/page-error';
import { PageLoading } from '@/components/page-loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { isApiError } from '@/lib/problem-details';
import { useFormProblem } from '@/lib/use-form-problem';
import { canInspect, canManageInspection } from '../access';
import { useDrawSpotCheckPlan, useRecordSpotCheckResult, useSpotCheckPlan, type DrawLogEntry, type SpotCheck, type SpotCheckPlan } from '../api/spot-checks';
import { spotCheckMessages } from '../locales/spot-checks';

const RESULT_COLOURS = { Pending: 'default', Confirmed: 'green', Discrepancy: 'red' } as const;

/** `/inspection/spot-checks/:id`: the plan with its seed recorded before the draw, the draw, drawn objects and recusals, results. */
export function SpotCheckPlanPage() {
  const t = useT(spotCheckMessages);
  const { id } = useParams();
  const plan = useSpotCheckPlan(id);
  if (plan.isPending) return <PageLoading />;
  if (plan.isError) {
    return isApiError(plan.error) && plan.error.status === 404 ? (
      <Result
        status="404"
        title={t('spotChecks.notFound')}
        extra={
          <Link to="/inspection/spot-checks">
            <Button type="primary">{t('spotChecks.back')}</Button>
          </Link>
        }
      />
    ) : (
      <PageError error={plan.error} onRetry={() => void plan.refetch()} />
    );
  }
  return <PlanView plan={plan.data} />;
}

function PlanView({ plan }: { plan: SpotCheckPlan }) {
  const t = useT(spotCheckMessages);
  const user = useCurrentUser();
  const draw = useDrawSpotCheckPlan(plan.id);
  const [recording, setRecording] = useState<SpotCheck | null>(null);
  const names = new Map(plan.pool.map((i) => [i.userId, i.name]));

  const columns: TableProps<SpotCheck>['columns'] = [
    { title: t('spotChecks.field.object'), dataIndex: 'objectName' },
    { title: t('spotChecks.field.street'), dataIndex: 'streetCode' },
    { title: t('spotChecks.field.creditClass'), dataIndex: 'creditClass', render: (c: string) => <Tag>{c}</Tag> },
    { title: t('spotChecks.field.inspectors'), key: 'inspectors', render: (_, c) => c.inspectors.map((i) => i.name).join('、') },
    {
      title: t('spotChecks.field.result'),
      dataIndex: 'result',
      render: (r: SpotCheck['result']) => <Tag color={RESULT_COLOURS[r]}>{t(`spotChecks.result.${r}`)}</Tag>,
    },
    { title: t('spotChecks.field.findings'), dataIndex: 'findings', render: (f: string | null) => f ?? '—' },
    {
      key: 'actions',
      render: (_, c) =>
        c.result === 'Pending' &&
        canInspect(user) && (
          <Button size="small" onClick={() => setRecording(c)} data-testid={`record-${c.objectId}`}>
            {t('spotChecks.record')}
          </Button>
        ),
    },
  ];

  const logColumns: TableProps<DrawLogEntry>['columns'] = [
    { title: '#', dataIndex: 'sequence' },
    { title: t('spotChecks.field.object'), key: 'object', render: (_, l) => plan.checks.find((c) => c.objectId === l.objectId)?.objectName ?? l.objectId },
    { title: t('spotChecks.field.recused'), key: 'recused', render: (_, l) => names.get(l.recusedUserId) ?? l.recusedUserId },
    { title: t('spotChecks.field.reason'), dataIndex: 'reason' },
    { title: t('spotChecks.field.replacedBy'), key: 'replaced', render: (_, l) => (l.replacedByUserId ? (names.get(l.replacedByUserId) ?? l.replacedByUserId) : '—') },
  ];

  return (
    <PageContainer
      title={
        <Space wrap>
          <Link to="/inspection/spot-checks" aria-label={t('spotChecks.back')}>
            <ArrowLeftOutlined />
          </Link>
          <span data-testid="plan-title">{plan.name}</span>
          <Tag color={plan.status === 'Drawn' ? 'blue' : 'default'} data-testid="plan-status">
            {t(`spotChecks.status.${plan.status}`)}
          </Tag>
        </Space>
      }
      extra={
        plan.status === 'Planned' &&
        canManageInspection(user) && (
          <Popconfirm title={t('spotChecks.draw.confirm')} onConfirm={() => draw.mutate()} okButtonProps={{ ...{ 'data-testid': 'draw-confirm' } }}>
            <Button type="primary" loading={draw.isPending} data-testid="draw">
              {t('spotChecks.draw')}
            </Button>
          </Popconfirm>
        )
      }
    >
      {draw.isError && <ProblemAlert error={draw.error} />}
      <Card>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('spotChecks.field.population')}>{t(`spotChecks.population.${plan.population}`)}</Descriptions.Item>
          <Descriptions.Item label={t('spotChecks.field.year')}>{plan.year}</Descriptions.Item>
          <Descriptions.Item label={t('spotChecks.field.seed')} span={2}>
            <Typography.Text code copyable data-testid="plan-seed-value">
              {plan.seed}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('spotChecks.field.seedRecordedAt')}>{formatDateTime(plan.seedRecordedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('spotChecks.field.drawnAt')}>{plan.drawnAt ? formatDateTime(plan.drawnAt) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('spotChecks.field.rates')}>
            A {plan.rates.a} · B {plan.rates.b} · C {plan.rates.c} · D {plan.rates.d}
          </Descriptions.Item>
          <Descriptions.Item label={t('spotChecks.field.inspectorsPerObject')}>
            {plan.inspectorsPerObject}
            {plan.recuseSameStreet && ` · ${t('spotChecks.field.recuseSameStreet')}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('spotChecks.field.inspectors')} span={2}>
            {plan.pool.map((i) => i.name).join('、')}
          </Descriptions.Item>
          {plan.status === 'Drawn' && (
            <Descriptions.Item label={t('spotChecks.field.populationSize')}>
              <span data-testid="plan-population-size">{plan.populationSize}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
        <Alert type="info" showIcon message={t('spotChecks.seed.hint')} description={<Typography.Text type="secondary">{plan.algorithm}</Typography.Text>} />
      </Card>
      {plan.status === 'Drawn' && (
        <>
          <Card title={`${t('spotChecks.checks')} · ${t('spotChecks.drawn', { count: plan.checks.length })}`}>
            <Table<SpotCheck>
              rowKey="id"
              data-testid="spot-checks-table"
              columns={columns}
              dataSource={plan.checks}
              locale={{ emptyText: t('spotChecks.drawn', { count: 0 }) }}
              pagination={false}
              scroll={{ x: 'max-content' }}
            />
          </Card>
          <Card title={t('spotChecks.log')}>
            <Table<DrawLogEntry>
              rowKey="sequence"
              size="small"
              data-testid="draw-log"
              columns={logColumns}
              dataSource={plan.drawLog}
              locale={{ emptyText: t('spotChecks.log.empty') }}
              pagination={false}
            />
          </Card>
        </>
      )}
      {recording && <RecordResultModal planId={plan.id} check={recording} onClose={() => setRecording(null)} />}
    </PageContainer>
  );
}

interface ResultValues {
  result: 'Confirmed' | 'Discrepancy';
  findings?: string;
}

function RecordResultModal({ planId, check, onClose }: { planId: string; check: SpotCheck; onClose: () => void }) {
  const t = useT(spotCheckMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<ResultValues>();
  const record = useRecordSpotCheckResult(planId);
  const { problem, report, clear } = useFormProblem(form, ['result', 'findings', 'checkedOn']);

  const submit = (values: ResultValues) => {
    clear();
    record.mutate(
      { id: check.id, body: { result: values.result, findings: values.findings?.trim() || null, checkedOn: null } },
      {
        onSuccess: () => {
          message.success(t('spotChecks.saved'));
          onClose();
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open
      title={`${t('spotChecks.record')} · ${check.objectName}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: record.isPending, ...{ 'data-testid': 'result-submit' } }}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form<ResultValues> form={form} layout="vertical" name="spot-check-result" initialValues={{ result: 'Confirmed' }} onFinish={submit}>
        <Form.Item name="result" label={t('spotChecks.field.result')} rules={[{ required: true }]}>
          <Radio.Group data-testid="result-choice">
            <Radio value="Confirmed">{t('spotChecks.result.Confirmed')}</Radio>
            <Radio value="Discrepancy">{t('spotChecks.result.Discrepancy')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="findings" label={t('spotChecks.field.findings')}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="result-findings" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
