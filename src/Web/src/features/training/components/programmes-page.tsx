import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, InputNumber, Modal, Select, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { hasAnyRole, useCurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useFormProblem } from '@/lib/use-form-problem';
import { nameOf, useTrainingCatalog } from '../api/catalog';
import { useCreateProgramme, useProgrammes, useProviderOptions, type Programme } from '../api/programmes';
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
  ];

  return (
    <PageContainer
      title={t('training.programmes.title')}
      extra={
        hasAnyRole('Admin', 'DistrictOfficer')(user) && (
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
