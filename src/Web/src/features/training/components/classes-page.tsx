import { PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, type TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { hasAnyRole, useCurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { useFormProblem } from '@/lib/use-form-problem';
import { useClasses, useCreateClass, type ClassStatus, type TrainingClass } from '../api/classes';
import { useProgrammes } from '../api/programmes';
import { trainingMessages, type TrainingKey } from '../locales';
import { ClassStatusTag } from './training-labels';

const STATUSES: ClassStatus[] = ['Planned', 'Open', 'InProgress', 'Completed', 'Settled', 'Cancelled'];
const FIELDS = ['programmeId', 'name', 'startDate', 'endDate', 'location', 'capacity', 'teacher'] as const;

interface ClassFormValues {
  programmeId: string;
  name: string;
  dates: [Dayjs, Dayjs];
  location: string;
  capacity: number;
  teacher?: string;
}

/** `/training/classes`: classes (培训班) with status and seats, filtered by status and year. */
export function ClassesPage() {
  const t = useT(trainingMessages);
  const user = useCurrentUser();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<ClassStatus | undefined>();
  const [year, setYear] = useState<number | undefined>(new Date().getFullYear());
  const classes = useClasses({ page, pageSize: 20, status, year });
  const [creating, setCreating] = useState(false);

  const columns: TableProps<TrainingClass>['columns'] = [
    { title: t('training.field.className'), dataIndex: 'name', render: (name: string, c) => <Link to={`/training/classes/${c.id}`}>{name}</Link> },
    { title: t('training.field.programme'), dataIndex: 'programmeName' },
    { title: t('training.field.provider'), dataIndex: 'providerName' },
    { title: t('training.field.dates'), key: 'dates', render: (_, c) => `${c.startDate} ~ ${c.endDate}` },
    { title: t('training.field.seats'), key: 'seats', render: (_, c) => `${c.enrolled}/${c.capacity}` },
    { title: t('training.field.status'), dataIndex: 'status', render: (s: ClassStatus) => <ClassStatusTag status={s} /> },
  ];

  return (
    <PageContainer
      title={t('training.classes.title')}
      extra={
        hasAnyRole('Admin', 'DistrictOfficer', 'InstitutionOperator')(user) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-class">
            {t('training.classes.create')}
          </Button>
        )
      }
    >
      <Space wrap>
        <Select
          allowClear
          placeholder={t('training.field.status')}
          style={{ width: 160 }}
          value={status}
          onChange={(value) => { setStatus(value); setPage(1); }}
          options={STATUSES.map((s) => ({ value: s, label: t(`training.status.${s}` as TrainingKey) }))}
          data-testid="class-status-filter"
        />
        <InputNumber placeholder={t('training.field.year')} min={2000} max={2100} value={year} onChange={(v) => { setYear(v ?? undefined); setPage(1); }} />
      </Space>
      {classes.isError ? (
        <ProblemAlert error={classes.error} onRetry={() => void classes.refetch()} />
      ) : (
        <Table<TrainingClass>
          rowKey="id"
          data-testid="classes-table"
          columns={columns}
          dataSource={classes.data?.items}
          loading={classes.isFetching}
          locale={{ emptyText: t('state.empty') }}
          pagination={{ current: page, pageSize: 20, total: classes.data?.total, onChange: setPage, showTotal: (total) => t('state.total', { total }) }}
          scroll={{ x: 'max-content' }}
        />
      )}
      <CreateClassModal open={creating} onClose={() => setCreating(false)} />
    </PageContainer>
  );
}

function CreateClassModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(trainingMessages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ClassFormValues>();
  const programmes = useProgrammes({ pageSize: 200, year: new Date().getFullYear() });
  const create = useCreateClass();
  const { problem, report, clear } = useFormProblem(form, FIELDS);

  const submit = (values: ClassFormValues) => {
    clear();
    create.mutate(
      {
        programmeId: values.programmeId,
        name: values.name,
        startDate: values.dates[0].format('YYYY-MM-DD'),
        endDate: values.dates[1].format('YYYY-MM-DD'),
        location: values.location,
        capacity: values.capacity,
        teacher: values.teacher ?? null,
      },
      {
        onSuccess: (created) => {
          message.success(t('training.success.saved'));
          onClose();
          void navigate(`/training/classes/${created.id}`);
        },
        onError: (error) => {
          report(error);
          // Dates are one field in the form but two in the API.
          const errors = (error as { problem?: { errors?: Record<string, string[]> } }).problem?.errors;
          const dateError = errors?.startDate?.[0] ?? errors?.endDate?.[0];
          if (dateError) form.setFields([{ name: 'dates', errors: [dateError] }]);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('training.classes.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending, ...{ 'data-testid': 'class-form-submit' } }}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form form={form} layout="vertical" name="create-class" initialValues={{ capacity: 30 }} onFinish={submit}>
        <Form.Item name="programmeId" label={t('training.field.programme')} rules={[{ required: true, message: t('form.requiredChoice', { field: t('training.field.programme') }) }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={programmes.data?.items.map((p) => ({ value: p.id, label: `${p.name}（${p.providerName}）` }))}
            loading={programmes.isFetching}
            data-testid="class-programme"
          />
        </Form.Item>
        <Form.Item name="name" label={t('training.field.className')} rules={[{ required: true, message: t('form.required', { field: t('training.field.className') }) }]}>
          <Input maxLength={200} data-testid="class-name" />
        </Form.Item>
        <Form.Item name="dates" label={t('training.field.dates')} rules={[{ required: true, message: t('form.requiredChoice', { field: t('training.field.dates') }) }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} data-testid="class-dates" />
        </Form.Item>
        <Form.Item name="location" label={t('training.field.location')} rules={[{ required: true, message: t('form.required', { field: t('training.field.location') }) }]}>
          <Input maxLength={300} data-testid="class-location" />
        </Form.Item>
        <Form.Item name="capacity" label={t('training.field.capacity')} rules={[{ required: true }]}>
          <InputNumber min={1} max={500} style={{ width: '100%' }} data-testid="class-capacity" />
        </Form.Item>
        <Form.Item name="teacher" label={t('training.field.teacher')}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
