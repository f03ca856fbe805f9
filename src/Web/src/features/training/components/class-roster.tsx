import { PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal, Popconfirm, Radio, Select, Space, Table, Tag, type TableProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { useFormProblem } from '@/lib/use-form-problem';
import { nameOf, useTrainingCatalog } from '../api/catalog';
import type { TrainingClass } from '../api/classes';
import { useAssess, useEnroll, useRoster, useWithdraw, type Enrollment } from '../api/enrollments';
import { trainingMessages, type TrainingKey } from '../locales';
import { EnrollmentStatusTag } from './training-labels';

const ENROLL_FIELDS = ['idNumber', 'name', 'phone', 'category', 'streetCode'] as const;
const ASSESS_FIELDS = ['result', 'skillLevel', 'certificateNumber', 'assessedOn'] as const;

/** 学员名单: enrollment while open, withdrawal, and the assessment of those who completed. */
export function ClassRoster({ cls, canWrite }: { cls: TrainingClass; canWrite: boolean }) {
  const t = useT(trainingMessages);
  const { message } = App.useApp();
  const roster = useRoster(cls.id);
  const categories = useTrainingCatalog('traineeCategories');
  const streets = useTrainingCatalog('streets');
  const levels = useTrainingCatalog('skillLevels');
  const withdraw = useWithdraw();
  const [enrolling, setEnrolling] = useState(false);
  const [assessing, setAssessing] = useState<Enrollment | null>(null);
  const running = cls.status === 'Open' || cls.status === 'InProgress';
  const assessable = cls.status === 'Completed' || cls.status === 'Settled';

  const columns: TableProps<Enrollment>['columns'] = [
    { title: t('training.field.traineeName'), dataIndex: 'name' },
    { title: t('training.field.idNumber'), dataIndex: 'idNumberMasked' },
    { title: t('training.field.traineeCategory'), dataIndex: 'category', render: (c: string) => nameOf(categories.data, c) },
    { title: t('training.field.street'), dataIndex: 'streetCode', render: (c: string) => nameOf(streets.data, c) },
    { title: t('training.field.attendedHours'), dataIndex: 'attendedHours', render: (h: number) => `${h} / ${cls.requiredHours}` },
    { title: t('training.field.status'), dataIndex: 'status', render: (s: string) => <EnrollmentStatusTag status={s} /> },
    {
      title: t('training.field.assessment'),
      key: 'assessment',
      render: (_, e) =>
        e.assessmentResult ? (
          <Space size={4}>
            <Tag color={e.assessmentResult === 'Passed' ? 'green' : 'red'}>{t(`training.result.${e.assessmentResult}` as TrainingKey)}</Tag>
            {e.skillLevel && nameOf(levels.data, e.skillLevel)}
          </Space>
        ) : (
          '—'
        ),
    },
    {
      title: t('action.actions'),
      key: 'actions',
      render: (_, e) => (
        <Space size={4} wrap>
          {canWrite && running && e.status === 'Enrolled' && (
            <Popconfirm
              title={t('training.confirm.action', { action: t('training.action.withdraw') })}
              onConfirm={() => withdraw.mutateAsync({ id: e.id }).then(() => message.success(t('training.success.saved')))}
            >
              <Button size="small" data-testid={`withdraw-${e.id}`}>{t('training.action.withdraw')}</Button>
            </Popconfirm>
          )}
          {canWrite && assessable && e.status === 'Completed' && e.assessmentResult !== 'Passed' && (
            <Button size="small" type="primary" onClick={() => setAssessing(e)} data-testid="assess-trainee">
              {t('training.action.assess')}
            </Button>
          )}
          {e.certificateCode && (
            <Link to={`/training/certificates/${e.id}`} data-testid="open-certificate">
              {t('training.action.certificate')}
            </Link>
          )}
        </Space>
      ),
    },
  ];

  if (roster.isError) return <ProblemAlert error={roster.error} onRetry={() => void roster.refetch()} />;
  return (
    <>
      {canWrite && cls.status === 'Open' && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEnrolling(true)} style={{ marginBottom: 12 }} data-testid="enroll-trainee">
          {t('training.action.enroll')}
        </Button>
      )}
      <Table<Enrollment>
        rowKey="id"
        size="small"
        data-testid="roster-table"
        columns={columns}
        dataSource={roster.data}
        loading={roster.isFetching}
        locale={{ emptyText: t('training.empty.roster') }}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      <EnrollModal classId={cls.id} open={enrolling} onClose={() => setEnrolling(false)} />
      <AssessModal enrollment={assessing} onClose={() => setAssessing(null)} />
    </>
  );
}

interface EnrollValues {
  idNumber: string;
  name: string;
  phone?: string;
  category: string;
  streetCode?: string;
}

function EnrollModal({ classId, open, onClose }: { classId: string; open: boolean; onClose: () => void }) {
  const t = useT(trainingMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<EnrollValues>();
  const enroll = useEnroll(classId);
  const categories = useTrainingCatalog('traineeCategories');
  const streets = useTrainingCatalog('streets');
  const { problem, report, clear } = useFormProblem(form, ENROLL_FIELDS);

  const submit = (values: EnrollValues) => {
    clear();
    enroll.mutate(
      { idNumber: values.idNumber, name: values.name, phone: values.phone || null, category: values.category, streetCode: values.streetCode ?? null },
      {
        onSuccess: () => {
          message.success(t('training.success.saved'));
          form.resetFields();
          onClose();
        },
        onError: (error) => report(error),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('training.action.enroll')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: enroll.isPending, ...{ 'data-testid': 'enroll-submit' } }}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form form={form} layout="vertical" name="enroll" onFinish={submit}>
        <Form.Item name="idNumber" label={t('training.field.idNumber')} rules={[{ required: true, message: t('form.required', { field: t('training.field.idNumber') }) }]}>
          <Input maxLength={18} data-testid="enroll-id-number" />
        </Form.Item>
        <Form.Item name="name" label={t('training.field.traineeName')} rules={[{ required: true, message: t('form.required', { field: t('training.field.traineeName') }) }]}>
          <Input maxLength={50} data-testid="enroll-name" />
        </Form.Item>
        <Form.Item name="phone" label={t('training.field.phone')}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="category" label={t('training.field.traineeCategory')} rules={[{ required: true, message: t('form.requiredChoice', { field: t('training.field.traineeCategory') }) }]}>
          <Select options={categories.data?.map((c) => ({ value: c.code, label: c.name }))} data-testid="enroll-category" />
        </Form.Item>
        <Form.Item name="streetCode" label={t('training.field.street')}>
          <Select allowClear options={streets.data?.map((s) => ({ value: s.code, label: s.name }))} data-testid="enroll-street" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface AssessValues {
  result: 'Passed' | 'Failed';
  skillLevel?: string;
  certificateNumber?: string;
  assessedOn: Dayjs;
}

function AssessModal({ enrollment, onClose }: { enrollment: Enrollment | null; onClose: () => void }) {
  const t = useT(trainingMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<AssessValues>();
  const assess = useAssess();
  const levels = useTrainingCatalog('skillLevels');
  const { problem, report, clear } = useFormProblem(form, ASSESS_FIELDS);
  const result = Form.useWatch('result', form);

  const submit = (values: AssessValues) => {
    if (!enrollment) return;
    clear();
    assess.mutate(
      {
        id: enrollment.id,
        body: {
          result: values.result,
          skillLevel: values.result === 'Passed' ? (values.skillLevel ?? null) : null,
          certificateNumber: values.result === 'Passed' ? (values.certificateNumber ?? null) : null,
          assessedOn: values.assessedOn.format('YYYY-MM-DD'),
        },
      },
      {
        onSuccess: () => {
          message.success(t('training.success.saved'));
          onClose();
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open={enrollment !== null}
      title={`${t('training.action.assess')} · ${enrollment?.name ?? ''}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: assess.isPending, ...{ 'data-testid': 'assess-submit' } }}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form form={form} layout="vertical" name="assess" initialValues={{ result: 'Passed', assessedOn: dayjs() }} onFinish={submit} preserve={false}>
        <Form.Item name="result" label={t('training.field.assessment')}>
          <Radio.Group
            options={[
              { value: 'Passed', label: t('training.result.Passed') },
              { value: 'Failed', label: t('training.result.Failed') },
            ]}
          />
        </Form.Item>
        {result !== 'Failed' && (
          <>
            <Form.Item name="skillLevel" label={t('training.field.skillLevel')} rules={[{ required: true, message: t('form.requiredChoice', { field: t('training.field.skillLevel') }) }]}>
              <Select options={levels.data?.map((l) => ({ value: l.code, label: l.name }))} data-testid="assess-level" />
            </Form.Item>
            <Form.Item
              name="certificateNumber"
              label={t('training.field.certificateNumber')}
              rules={[{ required: true, message: t('form.required', { field: t('training.field.certificateNumber') }) }]}
            >
              <Input maxLength={50} data-testid="assess-certificate-number" />
            </Form.Item>
          </>
        )}
        <Form.Item name="assessedOn" label={t('training.field.assessedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
