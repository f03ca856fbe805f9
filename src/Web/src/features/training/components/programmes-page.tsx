import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { hasAnyRole, useCurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useFormProblem } from '@/lib/use-form-problem';
import { nameOf, useTrainingCatalog } from '../api/catalog';
import { useCreateProgramme, useProgrammes, useProviderOptions, useUpdateProgramme, type Programme } from '../api/programmes';
import { trainingMessages } from '../locales';

const FIELDS = ['name', 'category', 'providerInstitutionId', 'requiredHours', 'activeFromYear', 'subsidyStandards'] as const;

interface ProgrammeFormValues {
  name: string;
  category: string;
  providerInstitutionId: string;
  requiredHours: number;
  activeFromYear: number;
  trainingSubsidy?: number;
  certificationSubsidy?: number;
}

/** `/training/programmes`: the programmes (培训项目) with provider, hours and this year's subsidy standard. */
export function ProgrammesPage() {
  const t = useT(trainingMessages);
  const user = useCurrentUser();
  const [page, setPage] = useState(1);
  const programmes = useProgrammes({ page, pageSize: 20 });
  const categories = useTrainingCatalog('categories');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Programme | null>(null);
  const canManage = hasAnyRole('Admin', 'DistrictOfficer')(user);
  const year = new Date().getFullYear();

  const columns: TableProps<Programme>['columns'] = [
    { title: t('training.field.name'), dataIndex: 'name' },
    { title: t('training.field.category'), dataIndex: 'category', render: (c: string) => nameOf(categories.data, c) },
    {
      title: t('training.field.provider'),
      dataIndex: 'providerName',
      render: (name: string, p) => (
        <>
          {name} {p.providerIsTrainingBase && <Tag color="gold">{t('training.field.trainingBase')}</Tag>}
        </>
      ),
    },
    { title: t('training.field.requiredHours'), dataIndex: 'requiredHours' },
    {
      title: t('training.field.trainingSubsidy'),
      key: 'subsidy',
      render: (_, p) => {
        const standard = p.subsidyStandards.find((s) => s.year === year);
        return standard ? `${standard.trainingSubsidy.toFixed(2)} / ${standard.certificationSubsidy.toFixed(2)}` : '—';
      },
    },
    {
      title: t('training.programmes.years'),
      key: 'years',
      render: (_, p) => `${p.activeFromYear} – ${p.activeToYear ?? t('training.programmes.openEnded')}`,
    },
    ...(canManage
      ? [
          {
            title: '',
            key: 'actions',
            render: (_: unknown, p: Programme) => (
              <Button size="small" onClick={() => setEditing(p)} data-testid={`edit-programme-${p.id}`}>
                {t('training.programmes.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <PageContainer
      title={t('training.programmes.title')}
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-programme">
            {t('training.programmes.create')}
          </Button>
        )
      }
    >
      {programmes.isError ? (
        <ProblemAlert error={programmes.error} onRetry={() => void programmes.refetch()} />
      ) : (
        <Table<Programme>
          rowKey="id"
          data-testid="programmes-table"
          columns={columns}
          dataSource={programmes.data?.items}
          loading={programmes.isFetching}
          locale={{ emptyText: t('state.empty') }}
          pagination={{ current: page, pageSize: 20, total: programmes.data?.total, onChange: setPage, showTotal: (total) => t('state.total', { total }) }}
          scroll={{ x: 'max-content' }}
        />
      )}
      <CreateProgrammeModal open={creating} onClose={() => setCreating(false)} />
      {editing && <EditProgrammeModal programme={editing} onClose={() => setEditing(null)} />}
    </PageContainer>
  );
}

function CreateProgrammeModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(trainingMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<ProgrammeFormValues>();
  const [search, setSearch] = useState('');
  const providers = useProviderOptions(useDebouncedValue(search, 300));
  const categories = useTrainingCatalog('categories');
  const create = useCreateProgramme();
  const { problem, report, clear } = useFormProblem(form, FIELDS);
  const year = new Date().getFullYear();

  const submit = (values: ProgrammeFormValues) => {
    clear();
    create.mutate(
      {
        name: values.name,
        category: values.category,
        providerInstitutionId: values.providerInstitutionId,
        requiredHours: values.requiredHours,
        activeFromYear: values.activeFromYear,
        activeToYear: null,
        description: null,
        subsidyStandards: [
          { year: values.activeFromYear, trainingSubsidy: values.trainingSubsidy ?? 0, certificationSubsidy: values.certificationSubsidy ?? 0 },
        ],
      },
      {
        onSuccess: () => {
          message.success(t('training.success.saved'));
          form.resetFields();
          onClose();
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('training.programmes.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending, ...{ 'data-testid': 'programme-form-submit' } }}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form form={form} layout="vertical" name="create-programme" initialValues={{ activeFromYear: year, requiredHours: 40 }} onFinish={submit}>
        <Form.Item name="name" label={t('training.field.name')} rules={[{ required: true, message: t('form.required', { field: t('training.field.name') }) }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="category" label={t('training.field.category')} rules={[{ required: true, message: t('form.requiredChoice', { field: t('training.field.category') }) }]}>
          <Select options={categories.data?.map((c) => ({ value: c.code, label: c.name }))} data-testid="programme-category" />
        </Form.Item>
        <Form.Item
          name="providerInstitutionId"
          label={t('training.field.provider')}
          rules={[{ required: true, message: t('form.requiredChoice', { field: t('training.field.provider') }) }]}
        >
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            options={providers.data?.items.map((i) => ({ value: i.id, label: i.name }))}
            loading={providers.isFetching}
            data-testid="programme-provider"
          />
        </Form.Item>
        <Form.Item name="requiredHours" label={t('training.field.requiredHours')} rules={[{ required: true }]}>
          <InputNumber min={1} max={1000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="activeFromYear" label={t('training.field.activeFromYear')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="trainingSubsidy" label={t('training.field.trainingSubsidy')}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="certificationSubsidy" label={t('training.field.certificationSubsidy')}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const EDIT_FIELDS = ['name', 'category', 'providerInstitutionId', 'requiredHours', 'activeFromYear', 'activeToYear', 'description'] as const;

interface EditProgrammeValues {
  name: string;
  category: string;
  providerInstitutionId: string;
  requiredHours: number;
  activeFromYear: number;
  activeToYear?: number | null;
  description?: string | null;
}

/**
 * 编辑培训项目: name, category, provider, hours and active years, sent with the programme's version as `If-Match`. The API
 * refuses a change of hours once a class has started (shown on the field) and a stale version (412, shown above the form).
 */
export function EditProgrammeModal({ programme, onClose }: { programme: Programme; onClose: () => void }) {
  const t = useT(trainingMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<EditProgrammeValues>();
  const [search, setSearch] = useState('');
  const providers = useProviderOptions(useDebouncedValue(search, 300));
  const categories = useTrainingCatalog('categories');
  const update = useUpdateProgramme();
  const { problem, report, clear } = useFormProblem(form, EDIT_FIELDS);
  const providerOptions = [
    { value: programme.providerInstitutionId, label: programme.providerName },
    ...(providers.data?.items ?? []).filter((i) => i.id !== programme.providerInstitutionId).map((i) => ({ value: i.id, label: i.name })),
  ];

  const submit = (values: EditProgrammeValues) => {
    clear();
    update.mutate(
      {
        id: programme.id,
        version: programme.version,
        body: {
          name: values.name.trim(),
          category: values.category,
          providerInstitutionId: values.providerInstitutionId,
          requiredHours: values.requiredHours,
          activeFromYear: values.activeFromYear,
          activeToYear: values.activeToYear ?? null,
          description: values.description?.trim() || null,
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
      open
      title={`${t('training.programmes.edit')} · ${programme.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: update.isPending, ...{ 'data-testid': 'programme-edit-submit' } }}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form
        form={form}
        layout="vertical"
        name="edit-programme"
        initialValues={{
          name: programme.name,
          category: programme.category,
          providerInstitutionId: programme.providerInstitutionId,
          requiredHours: programme.requiredHours,
          activeFromYear: programme.activeFromYear,
          activeToYear: programme.activeToYear ?? null,
          description: programme.description ?? '',
        }}
        onFinish={submit}
      >
        <Form.Item name="name" label={t('training.field.name')} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('training.field.name') }) }]}>
          <Input maxLength={200} data-testid="programme-edit-name" />
        </Form.Item>
        <Form.Item name="category" label={t('training.field.category')} rules={[{ required: true }]}>
          <Select options={categories.data?.map((c) => ({ value: c.code, label: c.name }))} data-testid="programme-edit-category" />
        </Form.Item>
        <Form.Item name="providerInstitutionId" label={t('training.field.provider')} rules={[{ required: true }]}>
          <Select showSearch={{ filterOption: false, onSearch: setSearch }} options={providerOptions} loading={providers.isFetching} data-testid="programme-edit-provider" />
        </Form.Item>
        <Form.Item name="requiredHours" label={t('training.field.requiredHours')} extra={t('training.programmes.hoursLockedHint')} rules={[{ required: true }]}>
          <InputNumber min={1} max={1000} style={{ width: '100%' }} data-testid="programme-edit-hours" />
        </Form.Item>
        <Space>
          <Form.Item name="activeFromYear" label={t('training.field.activeFromYear')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} data-testid="programme-edit-from" />
          </Form.Item>
          <Form.Item name="activeToYear" label={t('training.programmes.activeToYear')}>
            <InputNumber min={2000} max={2100} data-testid="programme-edit-to" />
          </Form.Item>
        </Space>
        <Form.Item name="description" label={t('training.programmes.description')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
