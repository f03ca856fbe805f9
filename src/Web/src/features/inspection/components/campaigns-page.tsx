import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Statistic, Table, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { useFormProblem } from '@/lib/use-form-problem';
import { canManageInspection } from '../access';
import {
  useCampaignProgress,
  useCampaigns,
  useCreateCampaign,
  useTasks,
  useTemplates,
  type CampaignProgress,
  type InspectionTask,
  type TaskStatus,
} from '../api/inspection';
import { inspectionMessages } from '../locales';
import { spotCheckMessages } from '../locales/spot-checks';
import { AssignInspectorsModal } from './assign-inspectors-modal';
import { TaskStatusTag } from './status-tag';

const STATUSES: TaskStatus[] = ['Pending', 'Passed', 'Rectify', 'Failed', 'Escalated'];

/** `/inspection/campaigns`: the campaign board (年检复核) — counts, progress by street, and the tasks the caller sees. */
export function CampaignsPage() {
  const t = useT(inspectionMessages);
  const user = useCurrentUser();
  const campaigns = useCampaigns();
  const [selected, setSelected] = useState<string>();
  const campaignId = selected ?? campaigns.data?.items[0]?.id;
  const campaign = campaigns.data?.items.find((c) => c.id === campaignId);
  const progress = useCampaignProgress(campaignId);
  const [status, setStatus] = useState<TaskStatus>();
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState<string>();
  const tasks = useTasks({ campaignId, status, search, page, pageSize: 20 }, Boolean(campaignId));
  const [creating, setCreating] = useState(false);
  const ta = useT(spotCheckMessages);
  const canAssign = canManageInspection(user);
  const [selectedTasks, setSelectedTasks] = useState<InspectionTask[]>([]);
  const [assigning, setAssigning] = useState(false);

  const columns: TableProps<InspectionTask>['columns'] = [
    {
      title: t('inspection.field.object'),
      dataIndex: 'objectName',
      render: (name: string, task) => <Link to={`/inspection/tasks/${task.id}`}>{name}</Link>,
    },
    { title: t('inspection.field.street'), dataIndex: 'streetCode' },
    { title: t('inspection.field.status'), dataIndex: 'status', render: (s: TaskStatus) => <TaskStatusTag status={s} /> },
    { title: t('inspection.field.score'), dataIndex: 'score', render: (s: number | null) => s ?? '—' },
    { title: t('inspection.field.inspectors'), key: 'inspectors', render: (_, task) => task.inspectors.map((i) => i.name).join('、') || '—' },
  ];

  return (
    <PageContainer
      title={t('inspection.campaigns.title')}
      extra={
        canManageInspection(user) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-campaign">
            {t('inspection.campaigns.create')}
          </Button>
        )
      }
    >
      {campaigns.isError ? (
        <ProblemAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Select
            style={{ minWidth: 320 }}
            placeholder={campaigns.data?.items.length === 0 ? t('inspection.empty.campaigns') : t('inspection.campaigns.select')}
            loading={campaigns.isPending}
            value={campaignId}
            onChange={(v) => {
              setSelected(v);
              setPage(1);
            }}
            options={campaigns.data?.items.map((c) => ({ value: c.id, label: c.name }))}
            data-testid="campaign-select"
          />
          {campaign && (
            <Row gutter={[16, 16]}>
              <Col xs={12} sm={8} md={4}>
                <Statistic title={t('inspection.field.total')} value={campaign.taskCount} />
              </Col>
              {STATUSES.map((s) => (
                <Col xs={12} sm={8} md={4} key={s}>
                  <Statistic title={t(`inspection.status.${s}`)} value={campaign.counts[lowerFirst(s)]} data-testid={`count-${s}`} />
                </Col>
              ))}
            </Row>
          )}
          {progress.data && <StreetProgressTable progress={progress.data} />}
          {campaignId && (
            <Card
              title={t('inspection.tasks.title')}
              extra={
                <Space wrap>
                  {canAssign && (
                    <Button disabled={selectedTasks.length === 0} onClick={() => setAssigning(true)} data-testid="assign-open">
                      {ta('assign.open')}
                      {selectedTasks.length > 0 && ` (${selectedTasks.length})`}
                    </Button>
                  )}
                  <Input.Search
                    allowClear
                    style={{ width: 200 }}
                    placeholder={t('inspection.field.object')}
                    onSearch={(v) => {
                      setSearch(v || undefined);
                      setPage(1);
                    }}
                    data-testid="tasks-search"
                  />
                  <Select
                    allowClear
                    style={{ width: 160 }}
                    placeholder={t('inspection.field.status')}
                    value={status}
                    onChange={(v) => {
                      setStatus(v);
                      setPage(1);
                    }}
                    options={STATUSES.map((s) => ({ value: s, label: t(`inspection.status.${s}`) }))}
                  />
                </Space>
              }
            >
              {tasks.isError ? (
                <ProblemAlert error={tasks.error} onRetry={() => void tasks.refetch()} />
              ) : (
                <Table<InspectionTask>
                  rowKey="id"
                  data-testid="tasks-table"
                  columns={columns}
                  rowSelection={
                    canAssign
                      ? {
                          selectedRowKeys: selectedTasks.map((task) => task.id),
                          onChange: (_, rows) => setSelectedTasks(rows),
                          getCheckboxProps: (task) => ({ disabled: task.status === 'Passed' || task.status === 'Failed' }),
                        }
                      : undefined
                  }
                  dataSource={tasks.data?.items}
                  loading={tasks.isFetching}
                  locale={{ emptyText: t('state.empty') }}
                  pagination={{ current: page, pageSize: 20, total: tasks.data?.total, onChange: setPage, showTotal: (total) => t('state.total', { total }) }}
                  scroll={{ x: 'max-content' }}
                />
              )}
            </Card>
          )}
        </Space>
      )}
      {assigning && (
        <AssignInspectorsModal
          tasks={selectedTasks}
          onClose={(assigned) => {
            setAssigning(false);
            if (assigned) setSelectedTasks([]);
          }}
        />
      )}
      <CreateCampaignModal open={creating} onClose={() => setCreating(false)} onCreated={setSelected} />
    </PageContainer>
  );
}

function lowerFirst(s: TaskStatus) {
  return (s.charAt(0).toLowerCase() + s.slice(1)) as 'pending' | 'passed' | 'rectify' | 'failed' | 'escalated';
}

function StreetProgressTable({ progress }: { progress: CampaignProgress }) {
  const t = useT(inspectionMessages);
  type Row = CampaignProgress['streets'][number];
  const columns: TableProps<Row>['columns'] = [
    { title: t('inspection.field.street'), dataIndex: 'streetName' },
    { title: t('inspection.field.total'), dataIndex: 'total' },
    ...STATUSES.map((s) => ({ title: t(`inspection.status.${s}`), key: s, render: (_: unknown, r: Row) => r.counts[lowerFirst(s)] })),
  ];
  return (
    <Card title={`${t('inspection.campaigns.progress')} (${progress.done}/${progress.total})`} size="small">
      <Table<Row> rowKey="streetCode" size="small" columns={columns} dataSource={progress.streets} pagination={false} scroll={{ x: 'max-content' }} />
    </Card>
  );
}

interface CampaignFormValues {
  year: number;
  objectType: 'Institution' | 'ServicePoint';
  templateId: string;
}

function CreateCampaignModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const t = useT(inspectionMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<CampaignFormValues>();
  const templates = useTemplates();
  const create = useCreateCampaign();
  const { problem, report, clear } = useFormProblem(form, ['year', 'objectType', 'templateId']);
  const objectType = Form.useWatch('objectType', form);

  const submit = (values: CampaignFormValues) => {
    clear();
    create.mutate(
      { year: values.year, objectType: values.objectType, templateId: values.templateId, name: null },
      {
        onSuccess: (campaign) => {
          message.success(t('inspection.success.saved'));
          form.resetFields();
          onCreated(campaign.id);
          onClose();
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('inspection.campaigns.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending, ...{ 'data-testid': 'campaign-form-submit' } }}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form
        form={form}
        layout="vertical"
        name="create-campaign"
        initialValues={{ year: new Date().getFullYear(), objectType: 'Institution' }}
        onFinish={submit}
      >
        <Form.Item name="year" label={t('inspection.field.year')} rules={[{ required: true }]}>
          <InputNumber min={2020} max={2100} style={{ width: '100%' }} data-testid="campaign-year" />
        </Form.Item>
        <Form.Item name="objectType" label={t('inspection.field.objectType')} rules={[{ required: true }]}>
          <Select
            options={(['Institution', 'ServicePoint'] as const).map((o) => ({ value: o, label: t(`inspection.object.${o}`) }))}
            onChange={() => form.setFieldValue('templateId', undefined)}
          />
        </Form.Item>
        <Form.Item
          name="templateId"
          label={t('inspection.field.template')}
          rules={[{ required: true, message: t('form.requiredChoice', { field: t('inspection.field.template') }) }]}
        >
          <Select
            loading={templates.isPending}
            options={templates.data
              ?.filter((tpl) => tpl.objectType === objectType)
              .map((tpl) => ({ value: tpl.id, label: `${tpl.name} v${tpl.versionNumber}` }))}
            data-testid="campaign-template"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
