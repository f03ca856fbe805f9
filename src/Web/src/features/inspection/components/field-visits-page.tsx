import { App, Button, DatePicker, Form, Input, Modal, Select, Space, Switch, Table, Tag, type TableProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { ReasonModal } from '@/components/reason-modal';
import { InstitutionSelect } from '@/features/registry-reference/components/institution-select';
import { useCurrentUser } from '@/lib/auth';
import { toIsoDate } from '@/lib/dates';
import { useT } from '@/lib/i18n';
import { useFormProblem } from '@/lib/use-form-problem';
import { usePagedList, useTablePagination, type PagedFilter } from '@/lib/use-paged-list';
import { useResetOnOpen } from '@/lib/use-reset-on-open';
import { useCompleteVisitFollowUp, useCreateFieldVisit, useFieldVisits, type FieldVisit, type FieldVisitsFilter } from '../api/complaints';
import { supervisionMessages } from '../locales/supervision';
import { canSupervise } from '../supervision-access';

type FollowUpState = 'none' | 'pending' | 'overdue' | 'done';

function followUpState(v: FieldVisit): FollowUpState {
  if (!v.followUpRequired) return 'none';
  if (v.followUpDoneOn) return 'done';
  return v.followUpOverdue ? 'overdue' : 'pending';
}

const STATE_COLORS: Record<FollowUpState, string> = { none: 'default', pending: 'processing', overdue: 'red', done: 'green' };

/** `/inspection/field-visits`: field visits (实地走访) with their follow-up (整改跟进). */
export function FieldVisitsPage() {
  const t = useT(supervisionMessages);
  const user = useCurrentUser();
  const { filter, search, onTableChange } = usePagedList<FieldVisitsFilter & PagedFilter>({});
  const visits = useFieldVisits(filter);
  const pagination = useTablePagination(visits.data);
  const [creating, setCreating] = useState(false);
  const [completing, setCompleting] = useState<FieldVisit>();
  const complete = useCompleteVisitFollowUp();

  const columns: TableProps<FieldVisit>['columns'] = [
    { title: t('visits.field.visitedOn'), dataIndex: 'visitedOn', sorter: true },
    { title: t('complaints.field.institution'), dataIndex: 'institutionName' },
    { title: t('visits.field.visitors'), dataIndex: 'visitors' },
    { title: t('visits.field.findings'), dataIndex: 'findings', ellipsis: true },
    { title: t('visits.field.followUpDue'), dataIndex: 'followUpDue' },
    {
      title: t('visits.field.followUp'),
      key: 'followUp',
      render: (_, v) => {
        const state = followUpState(v);
        return <Tag color={STATE_COLORS[state]}>{t(`visits.followUp.${state}`)}</Tag>;
      },
    },
    {
      title: t('action.actions'),
      key: 'actions',
      render: (_, v) =>
        canSupervise(user) &&
        v.followUpRequired &&
        !v.followUpDoneOn && (
          <Button size="small" onClick={() => setCompleting(v)} data-testid={`visit-complete-${v.id}`}>
            {t('visits.complete')}
          </Button>
        ),
    },
  ];

  return (
    <PageContainer
      title={t('visits.title')}
      extra={
        canSupervise(user) && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="visit-create">
            {t('visits.create')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('visits.field.followUp')}
          onChange={(followUp?: string) => search({ followUp })}
          options={(['pending', 'overdue', 'done'] as const).map((s) => ({ value: s, label: t(`visits.followUp.${s}`) }))}
        />
        <Input.Search allowClear placeholder={t('action.search')} onSearch={(value) => search({ search: value || undefined })} />
      </Space>
      {visits.isError ? (
        <ProblemAlert error={visits.error} onRetry={() => void visits.refetch()} />
      ) : (
        <Table<FieldVisit>
          rowKey="id"
          data-testid="visits-table"
          columns={columns}
          dataSource={visits.data?.items}
          loading={visits.isFetching}
          locale={{ emptyText: t('visits.empty') }}
          pagination={pagination}
          onChange={onTableChange}
          scroll={{ x: 'max-content' }}
        />
      )}
      <CreateVisitModal open={creating} onClose={() => setCreating(false)} />
      <ReasonModal
        open={Boolean(completing)}
        title={t('visits.complete')}
        label={t('visits.field.note')}
        fieldName="note"
        reason="required"
        onSubmit={(note) => complete.mutateAsync({ id: completing!.id, note: note ?? '' })}
        onClose={() => setCompleting(undefined)}
        testId="visit-follow-up"
      />
    </PageContainer>
  );
}

interface VisitValues {
  institutionId: string;
  visitedOn: Dayjs;
  visitors: string;
  findings: string;
  followUpRequired: boolean;
  followUpDue?: Dayjs;
}

const VISIT_FIELDS = ['institutionId', 'visitedOn', 'visitors', 'findings', 'followUpRequired', 'followUpDue'] as const;

function CreateVisitModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(supervisionMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<VisitValues>();
  const create = useCreateFieldVisit();
  const { problem, report, clear } = useFormProblem(form, VISIT_FIELDS);
  const required = Form.useWatch('followUpRequired', form);
  useResetOnOpen(form, open);

  const submit = (v: VisitValues) => {
    clear();
    create.mutate(
      {
        institutionId: v.institutionId,
        visitedOn: toIsoDate(v.visitedOn)!,
        visitors: v.visitors,
        findings: v.findings,
        followUpRequired: v.followUpRequired,
        followUpDue: v.followUpRequired ? toIsoDate(v.followUpDue) : null,
        workerId: null,
        workerName: null,
      },
      {
        onSuccess: () => {
          message.success(t('visits.create'));
          onClose();
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('visits.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.save')}
      confirmLoading={create.isPending}
      okButtonProps={{ ...{ 'data-testid': 'visit-form-submit' } }}
      afterClose={clear}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form form={form} layout="vertical" name="create-visit" initialValues={{ visitedOn: dayjs(), followUpRequired: false }} onFinish={submit}>
        <Form.Item name="institutionId" label={t('complaints.field.institution')} rules={[{ required: true }]}>
          <InstitutionSelect data-testid="visit-institution" />
        </Form.Item>
        <Form.Item name="visitedOn" label={t('visits.field.visitedOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="visitors" label={t('visits.field.visitors')} rules={[{ required: true, max: 300 }]}>
          <Input data-testid="visit-visitors" />
        </Form.Item>
        <Form.Item name="findings" label={t('visits.field.findings')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={3} data-testid="visit-findings" />
        </Form.Item>
        <Form.Item name="followUpRequired" label={t('visits.field.followUpRequired')} valuePropName="checked">
          <Switch data-testid="visit-follow-up-required" />
        </Form.Item>
        {required && (
          <Form.Item name="followUpDue" label={t('visits.field.followUpDue')} rules={[{ required: true }]}>
            <DatePicker data-testid="visit-follow-up-due" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
