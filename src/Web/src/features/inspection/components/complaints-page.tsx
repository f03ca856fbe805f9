import { App, Button, DatePicker, Drawer, Form, Input, Modal, Radio, Select, Space, Table, Tag, Timeline, Typography, type TableProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { InstitutionSelect } from '@/features/registry-reference/components/institution-select';
import { useCurrentUser } from '@/lib/auth';
import { toIsoDate } from '@/lib/dates';
import { useT } from '@/lib/i18n';
import { useFormProblem } from '@/lib/use-form-problem';
import { usePagedList, useTablePagination, type PagedFilter } from '@/lib/use-paged-list';
import { useResetOnOpen } from '@/lib/use-reset-on-open';
import {
  useAddFollowUp,
  useCloseComplaint,
  useComplaint,
  useComplaints,
  useCreateComplaint,
  type Complaint,
  type ComplaintsFilter,
} from '../api/complaints';
import { supervisionMessages } from '../locales/supervision';
import { canSupervise } from '../supervision-access';

const SOURCES = ['Hotline12345', 'Platform', 'WalkIn', 'Other'] as const;
type ComplaintRow = Complaint;

/** `/inspection/complaints`: complaints (投诉) against institutions with their follow-up and closure. */
export function ComplaintsPage() {
  const t = useT(supervisionMessages);
  const user = useCurrentUser();
  const { filter, search, onTableChange } = usePagedList<ComplaintsFilter & PagedFilter>({});
  const complaints = useComplaints(filter);
  const pagination = useTablePagination(complaints.data);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string>();

  const columns: TableProps<ComplaintRow>['columns'] = [
    { title: t('complaints.field.receivedOn'), dataIndex: 'receivedOn', sorter: true },
    {
      title: t('complaints.field.institution'),
      dataIndex: 'institutionName',
      render: (name: string, c) => (
        <Typography.Link onClick={() => setOpenId(c.id)} data-testid={`complaint-${c.id}`}>
          {name}
        </Typography.Link>
      ),
    },
    { title: t('complaints.field.source'), dataIndex: 'source', render: (s: Complaint['source']) => t(`complaints.source.${s}`) },
    { title: t('complaints.field.content'), dataIndex: 'content', ellipsis: true },
    { title: t('complaints.field.handlingOfficer'), dataIndex: 'handlingOfficer' },
    { title: t('complaints.field.followUps'), dataIndex: 'followUpCount' },
    {
      title: t('complaints.field.status'),
      dataIndex: 'status',
      render: (_: unknown, c) => <ComplaintStatusTag complaint={c} />,
    },
  ];

  return (
    <PageContainer
      title={t('complaints.title')}
      extra={
        canSupervise(user) && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="complaint-create">
            {t('complaints.create')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('complaints.field.status')}
          data-testid="complaint-status-filter"
          onChange={(status?: ComplaintsFilter['status']) => search({ status })}
          options={(['Open', 'Closed'] as const).map((s) => ({ value: s, label: t(`complaints.status.${s}`) }))}
        />
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('complaints.field.source')}
          onChange={(source?: ComplaintsFilter['source']) => search({ source })}
          options={SOURCES.map((s) => ({ value: s, label: t(`complaints.source.${s}`) }))}
        />
        <Input.Search allowClear placeholder={t('action.search')} onSearch={(value) => search({ search: value || undefined })} />
      </Space>
      {complaints.isError ? (
        <ProblemAlert error={complaints.error} onRetry={() => void complaints.refetch()} />
      ) : (
        <Table<ComplaintRow>
          rowKey="id"
          data-testid="complaints-table"
          columns={columns}
          dataSource={complaints.data?.items}
          loading={complaints.isFetching}
          locale={{ emptyText: t('complaints.empty') }}
          pagination={pagination}
          onChange={onTableChange}
          scroll={{ x: 'max-content' }}
        />
      )}
      <CreateComplaintModal open={creating} onClose={() => setCreating(false)} onCreated={setOpenId} />
      <ComplaintDrawer id={openId} onClose={() => setOpenId(undefined)} canAct={canSupervise(user)} />
    </PageContainer>
  );
}

function ComplaintStatusTag({ complaint }: { complaint: Pick<Complaint, 'status' | 'outcome'> }) {
  const t = useT(supervisionMessages);
  if (complaint.status === 'Open') return <Tag color="processing">{t('complaints.status.Open')}</Tag>;
  return (
    <Tag color={complaint.outcome === 'Substantiated' ? 'red' : 'default'}>
      {t('complaints.status.Closed')} · {complaint.outcome ? t(`complaints.outcome.${complaint.outcome}`) : ''}
    </Tag>
  );
}

interface CreateValues {
  institutionId: string;
  source: Complaint['source'];
  receivedOn: Dayjs;
  content: string;
  workerName?: string;
  serviceReference?: string;
  handlingOfficer?: string;
}

const CREATE_FIELDS = ['institutionId', 'source', 'receivedOn', 'content', 'workerName', 'serviceReference', 'handlingOfficer'] as const;

function CreateComplaintModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const t = useT(supervisionMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateComplaint();
  const { problem, report, clear } = useFormProblem(form, CREATE_FIELDS);
  useResetOnOpen(form, open);

  const submit = (v: CreateValues) => {
    clear();
    create.mutate(
      {
        institutionId: v.institutionId,
        source: v.source,
        receivedOn: toIsoDate(v.receivedOn)!,
        content: v.content,
        workerName: v.workerName || null,
        serviceReference: v.serviceReference || null,
        handlingOfficer: v.handlingOfficer || null,
        workerId: null,
      },
      {
        onSuccess: (created) => {
          message.success(t('complaints.create'));
          onClose();
          onCreated(created.id);
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('complaints.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.save')}
      confirmLoading={create.isPending}
      okButtonProps={{ ...{ 'data-testid': 'complaint-form-submit' } }}
      afterClose={clear}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form form={form} layout="vertical" name="create-complaint" initialValues={{ source: 'Hotline12345', receivedOn: dayjs() }} onFinish={submit}>
        <Form.Item name="institutionId" label={t('complaints.field.institution')} rules={[{ required: true }]}>
          <InstitutionSelect data-testid="complaint-institution" />
        </Form.Item>
        <Form.Item name="source" label={t('complaints.field.source')} rules={[{ required: true }]}>
          <Radio.Group options={SOURCES.map((s) => ({ value: s, label: t(`complaints.source.${s}`) }))} />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('complaints.field.receivedOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="complaint-received-on" />
        </Form.Item>
        <Form.Item name="content" label={t('complaints.field.content')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={4} data-testid="complaint-content" />
        </Form.Item>
        <Form.Item name="workerName" label={t('complaints.field.workerName')} rules={[{ max: 50 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="serviceReference" label={t('complaints.field.serviceReference')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="handlingOfficer" label={t('complaints.field.handlingOfficer')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ComplaintDrawer({ id, onClose, canAct }: { id?: string; onClose: () => void; canAct: boolean }) {
  const t = useT(supervisionMessages);
  const complaint = useComplaint(id);
  const c = complaint.data;
  return (
    <Drawer open={Boolean(id)} onClose={onClose} title={t('complaints.detail')} width={560} destroyOnHidden>
      {complaint.isError ? (
        <ProblemAlert error={complaint.error} onRetry={() => void complaint.refetch()} />
      ) : !c ? (
        <Typography.Text type="secondary">…</Typography.Text>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="complaint-detail">
          <Typography.Title level={5}>{c.institutionName}</Typography.Title>
          <ComplaintStatusTag complaint={c} />
          <Typography.Paragraph>{c.content}</Typography.Paragraph>
          <Typography.Text type="secondary">
            {t(`complaints.source.${c.source}`)} · {c.receivedOn} · {t('complaints.field.handlingOfficer')}: {c.handlingOfficer}
          </Typography.Text>
          <Typography.Title level={5}>{t('complaints.timeline')}</Typography.Title>
          {c.followUps.length === 0 ? (
            <Typography.Text type="secondary">{t('complaints.noFollowUps')}</Typography.Text>
          ) : (
            <Timeline
              items={c.followUps.map((f) => ({ key: f.id, children: `${f.actionOn} ${f.action}（${f.recordedBy}）` }))}
              data-testid="complaint-timeline"
            />
          )}
          {c.status === 'Closed' ? (
            <Typography.Text>
              {t('complaints.closed')}：{c.closedOn} {c.conclusion}
            </Typography.Text>
          ) : (
            canAct && <ComplaintActions complaint={c} />
          )}
        </Space>
      )}
    </Drawer>
  );
}

function ComplaintActions({ complaint }: { complaint: Complaint }) {
  const t = useT(supervisionMessages);
  const [followForm] = Form.useForm<{ actionOn: Dayjs; action: string }>();
  const [closeForm] = Form.useForm<{ outcome: Complaint['outcome']; conclusion: string }>();
  const follow = useAddFollowUp(complaint.id);
  const close = useCloseComplaint(complaint.id);
  const followProblem = useFormProblem(followForm, ['actionOn', 'action']);
  const closeProblem = useFormProblem(closeForm, ['outcome', 'conclusion', 'closedOn']);
  const outcome = Form.useWatch('outcome', closeForm);

  return (
    <>
      <Typography.Title level={5}>{t('complaints.followUp')}</Typography.Title>
      {followProblem.problem && <ProblemAlert error={followProblem.problem.error} messages={followProblem.problem.messages} />}
      <Form
        form={followForm}
        layout="vertical"
        name="complaint-follow-up"
        initialValues={{ actionOn: dayjs() }}
        onFinish={(v) => {
          followProblem.clear();
          follow.mutate({ actionOn: toIsoDate(v.actionOn)!, action: v.action }, { onSuccess: () => followForm.resetFields(), onError: followProblem.report });
        }}
      >
        <Form.Item name="actionOn" label={t('complaints.field.actionOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="action" label={t('complaints.field.action')} rules={[{ required: true, max: 1000 }]}>
          <Input.TextArea rows={2} data-testid="follow-up-action" />
        </Form.Item>
        <Button htmlType="submit" loading={follow.isPending} data-testid="follow-up-submit">
          {t('complaints.followUp')}
        </Button>
      </Form>
      <Typography.Title level={5}>{t('complaints.close')}</Typography.Title>
      {closeProblem.problem && <ProblemAlert error={closeProblem.problem.error} messages={closeProblem.problem.messages} />}
      <Form
        form={closeForm}
        layout="vertical"
        name="complaint-close"
        onFinish={(v) => {
          closeProblem.clear();
          close.mutate({ outcome: v.outcome!, conclusion: v.conclusion, closedOn: null }, { onError: closeProblem.report });
        }}
      >
        <Form.Item name="outcome" label={t('complaints.field.outcome')} rules={[{ required: true }]}>
          <Radio.Group
            options={(['Substantiated', 'Unsubstantiated'] as const).map((o) => ({ value: o, label: t(`complaints.outcome.${o}`) }))}
          />
        </Form.Item>
        {outcome === 'Substantiated' && <Typography.Text type="warning">{t('complaints.substantiatedHint')}</Typography.Text>}
        <Form.Item name="conclusion" label={t('complaints.field.conclusion')} rules={[{ required: true, max: 1000 }]}>
          <Input.TextArea rows={2} data-testid="close-conclusion" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={close.isPending} data-testid="close-submit">
          {t('complaints.close')}
        </Button>
      </Form>
    </>
  );
}
