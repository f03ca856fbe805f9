import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { useFormProblem } from '@/lib/use-form-problem';
import { canManageInspection } from '../access';
import {
  POPULATIONS,
  useCreateSpotCheckPlan,
  useInspectorUsers,
  useSpotCheckPlans,
  type SpotCheckPlan,
  type SpotCheckPopulation,
} from '../api/spot-checks';
import { spotCheckMessages } from '../locales/spot-checks';

/** `/inspection/spot-checks`: draw plans (双随机抽查计划) with their population, status and seed. */
export function SpotCheckPlansPage() {
  const t = useT(spotCheckMessages);
  const user = useCurrentUser();
  const [page, setPage] = useState(1);
  const plans = useSpotCheckPlans(page);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();

  const columns: TableProps<SpotCheckPlan>['columns'] = [
    { title: t('spotChecks.field.name'), dataIndex: 'name', render: (name: string, p) => <Link to={`/inspection/spot-checks/${p.id}`}>{name}</Link> },
    { title: t('spotChecks.field.year'), dataIndex: 'year' },
    { title: t('spotChecks.field.population'), dataIndex: 'population', render: (p: SpotCheckPopulation) => t(`spotChecks.population.${p}`) },
    {
      title: t('spotChecks.field.status'),
      dataIndex: 'status',
      render: (s: SpotCheckPlan['status']) => <Tag color={s === 'Drawn' ? 'blue' : 'default'}>{t(`spotChecks.status.${s}`)}</Tag>,
    },
    { title: t('spotChecks.field.populationSize'), dataIndex: 'populationSize' },
    { title: t('spotChecks.field.seedRecordedAt'), dataIndex: 'seedRecordedAt', render: (v: string) => formatDateTime(v) },
  ];

  return (
    <PageContainer
      title={t('spotChecks.title')}
      extra={
        canManageInspection(user) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="spot-check-create">
            {t('spotChecks.create')}
          </Button>
        )
      }
    >
      {plans.isError ? (
        <ProblemAlert error={plans.error} onRetry={() => void plans.refetch()} />
      ) : (
        <Table<SpotCheckPlan>
          rowKey="id"
          data-testid="spot-check-plans"
          columns={columns}
          dataSource={plans.data?.items}
          loading={plans.isFetching}
          locale={{ emptyText: t('spotChecks.empty') }}
          pagination={{ current: page, pageSize: 20, total: plans.data?.total, onChange: setPage }}
          scroll={{ x: 'max-content' }}
        />
      )}
      {creating && <CreatePlanModal onClose={() => setCreating(false)} onCreated={(id) => void navigate(`/inspection/spot-checks/${id}`)} />}
    </PageContainer>
  );
}

interface PlanFormValues {
  name: string;
  year: number;
  population: SpotCheckPopulation;
  seed?: string;
  rates: { a: number; b: number; c: number; d: number };
  inspectorsPerObject: number;
  recuseSameStreet: boolean;
  inspectors: string[];
}

const FIELDS = ['name', 'year', 'population', 'seed', 'rates', 'inspectorsPerObject', 'recuseSameStreet', 'inspectors'] as const;

function CreatePlanModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const t = useT(spotCheckMessages);
  const { message } = App.useApp();
  const user = useCurrentUser();
  const [form] = Form.useForm<PlanFormValues>();
  const create = useCreateSpotCheckPlan();
  const users = useInspectorUsers(true);
  const { problem, report, clear } = useFormProblem(form, FIELDS);
  const year = new Date().getFullYear();

  const submit = (values: PlanFormValues) => {
    clear();
    const byId = new Map((users.data ?? []).map((u) => [u.id, u]));
    create.mutate(
      {
        name: values.name.trim(),
        year: values.year,
        population: values.population,
        seed: values.seed?.trim() || null,
        rates: values.rates,
        inspectorsPerObject: values.inspectorsPerObject,
        recuseSameStreet: values.recuseSameStreet,
        inspectors: values.inspectors.map((id) => {
          const u = byId.get(id);
          return { userId: id, name: u?.displayName || u?.userName || id, streetCode: u?.streetCode ?? null, conflictInstitutionIds: u?.institutionId ? [u.institutionId] : [] };
        }),
      },
      {
        onSuccess: (plan) => {
          message.success(t('spotChecks.saved'));
          onCreated(plan.id);
          onClose();
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open
      width={720}
      title={t('spotChecks.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending, ...{ 'data-testid': 'spot-check-submit' } }}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form<PlanFormValues>
        form={form}
        layout="vertical"
        name="create-spot-check-plan"
        onFinish={submit}
        initialValues={{
          year,
          name: `${year}年度双随机抽查`,
          population: 'Institutions',
          rates: { a: 50, b: 100, c: 200, d: 500 },
          inspectorsPerObject: 2,
          recuseSameStreet: true,
          inspectors: [],
        }}
      >
        <Form.Item name="name" label={t('spotChecks.field.name')} rules={[{ required: true }]}>
          <Input data-testid="plan-name" />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="year" label={t('spotChecks.field.year')} rules={[{ required: true }]}>
            <InputNumber min={2020} max={2100} data-testid="plan-year" />
          </Form.Item>
          <Form.Item name="population" label={t('spotChecks.field.population')} rules={[{ required: true }]}>
            <Select style={{ width: 280 }} options={POPULATIONS.map((p) => ({ value: p, label: t(`spotChecks.population.${p}`) }))} data-testid="plan-population" />
          </Form.Item>
          <Form.Item name="inspectorsPerObject" label={t('spotChecks.field.inspectorsPerObject')} rules={[{ required: true }]}>
            <InputNumber min={2} max={10} />
          </Form.Item>
        </Space>
        <Form.Item label={t('spotChecks.field.rates')} required>
          <Space wrap>
            {(['a', 'b', 'c', 'd'] as const).map((c) => (
              <Form.Item key={c} name={['rates', c]} noStyle rules={[{ required: true }]}>
                <InputNumber min={0} max={1000} addonBefore={t('spotChecks.field.rate', { class: c.toUpperCase() })} style={{ width: 150 }} data-testid={`plan-rate-${c}`} />
              </Form.Item>
            ))}
          </Space>
        </Form.Item>
        <Form.Item name="recuseSameStreet" valuePropName="checked">
          <Checkbox data-testid="plan-recuse-street">{t('spotChecks.field.recuseSameStreet')}</Checkbox>
        </Form.Item>
        <Form.Item name="seed" label={t('spotChecks.field.seed')} extra={t('spotChecks.seed.generated')}>
          <Input placeholder="0123456789abcdef…" data-testid="plan-seed" />
        </Form.Item>
        {users.isError && <Alert type="warning" showIcon message={t('spotChecks.inspectors.unavailable')} style={{ marginBottom: 12 }} />}
        <Form.Item name="inspectors" label={t('spotChecks.field.inspectors')} rules={[{ required: true, type: 'array', min: 2 }]}>
          <Select
            mode="multiple"
            loading={users.isPending}
            disabled={!user || users.isError}
            optionFilterProp="label"
            options={users.data?.map((u) => ({ value: u.id, label: `${u.displayName || u.userName}${u.streetCode ? ` · ${u.streetCode}` : ''}` }))}
            data-testid="plan-inspectors"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
