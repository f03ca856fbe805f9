import { PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, type TableProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { hasAnyRole, useCurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { useFormProblem } from '@/lib/use-form-problem';
import { nameOf, useTrainingCatalog } from '../api/catalog';
import { RESPONDENT_TYPES, useCreateSurvey, useSurveys, type RespondentType, type Survey } from '../api/surveys';
import { trainingMessages } from '../locales';

/** Who records surveys: administrators, district officers and street officers (their own street). Mirrors `training.survey`. */
export const canRecordSurveys = hasAnyRole('Admin', 'DistrictOfficer', 'StreetOfficer');

const FIELDS = ['streetCode', 'surveyedOn', 'respondentType', 'respondentCount', 'willingCount', 'categories', 'notes'] as const;

interface SurveyFormValues {
  streetCode: string;
  surveyedOn: Dayjs;
  respondentType: RespondentType;
  respondentCount: number;
  willingCount: number;
  categories?: string[];
  notes?: string;
}

/** `/training/surveys`: training-needs surveys (培训意愿调查) — who was asked, how many are willing to train, in which categories. */
export function SurveysPage() {
  const t = useT(trainingMessages);
  const user = useCurrentUser();
  const [page, setPage] = useState(1);
  const [year, setYear] = useState<number | undefined>(undefined);
  const surveys = useSurveys({ page, pageSize: 20, year });
  const categories = useTrainingCatalog('categories');
  const streets = useTrainingCatalog('streets');
  const [creating, setCreating] = useState(false);

  const columns: TableProps<Survey>['columns'] = [
    { title: t('training.survey.surveyedOn'), dataIndex: 'surveyedOn' },
    { title: t('training.field.street'), dataIndex: 'streetCode', render: (code: string) => nameOf(streets.data, code) },
    { title: t('training.survey.respondentType'), dataIndex: 'respondentType', render: (type: RespondentType) => t(`training.survey.type.${type}`) },
    { title: t('training.survey.respondentCount'), dataIndex: 'respondentCount' },
    {
      title: t('training.survey.willingCount'),
      key: 'willing',
      render: (_, s) => (
        <span data-testid="survey-willing">
          {s.willingCount}（{s.respondentCount > 0 ? ((s.willingCount / s.respondentCount) * 100).toFixed(1) : '0.0'}%）
        </span>
      ),
    },
    {
      title: t('training.survey.categories'),
      dataIndex: 'categories',
      render: (codes: string[]) => codes.map((c) => <Tag key={c}>{nameOf(categories.data, c)}</Tag>),
    },
    { title: t('training.survey.notes'), dataIndex: 'notes', render: (n: string | null) => n ?? '' },
    { title: t('training.survey.createdBy'), dataIndex: 'createdBy', render: (n: string | null) => n ?? '' },
  ];

  return (
    <PageContainer
      title={t('training.survey.title')}
      extra={
        <Space>
          <InputNumber
            min={2000}
            max={2100}
            placeholder={t('training.field.year')}
            value={year}
            onChange={(v) => {
              setYear(v ?? undefined);
              setPage(1);
            }}
            data-testid="surveys-year"
          />
          {canRecordSurveys(user) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-survey">
              {t('training.survey.create')}
            </Button>
          )}
        </Space>
      }
    >
      {surveys.isError ? (
        <ProblemAlert error={surveys.error} onRetry={() => void surveys.refetch()} />
      ) : (
        <Table<Survey>
          rowKey="id"
          data-testid="surveys-table"
          columns={columns}
          dataSource={surveys.data?.items}
          loading={surveys.isFetching}
          locale={{ emptyText: t('training.survey.empty') }}
          pagination={{ current: page, pageSize: 20, total: surveys.data?.total, onChange: setPage, showTotal: (total) => t('state.total', { total }) }}
          scroll={{ x: 'max-content' }}
        />
      )}
      <CreateSurveyModal open={creating} onClose={() => setCreating(false)} />
    </PageContainer>
  );
}

function CreateSurveyModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(trainingMessages);
  const { message } = App.useApp();
  const user = useCurrentUser();
  const [form] = Form.useForm<SurveyFormValues>();
  const categories = useTrainingCatalog('categories');
  const streets = useTrainingCatalog('streets');
  const create = useCreateSurvey();
  const { problem, report, clear } = useFormProblem(form, FIELDS);
  const ownStreet = user?.roles.includes('StreetOfficer') ? (user.streetCode ?? undefined) : undefined;

  const submit = (values: SurveyFormValues) => {
    clear();
    create.mutate(
      {
        streetCode: values.streetCode,
        surveyedOn: values.surveyedOn.format('YYYY-MM-DD'),
        respondentType: values.respondentType,
        respondentCount: values.respondentCount,
        willingCount: values.willingCount,
        categories: values.categories ?? [],
        notes: values.notes?.trim() || null,
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
      title={t('training.survey.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending, ...{ 'data-testid': 'survey-form-submit' } }}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form
        form={form}
        layout="vertical"
        name="create-survey"
        initialValues={{ surveyedOn: dayjs(), streetCode: ownStreet, respondentType: 'Household' }}
        onFinish={submit}
      >
        <Form.Item name="streetCode" label={t('training.field.street')} rules={[{ required: true, message: t('form.requiredChoice', { field: t('training.field.street') }) }]}>
          <Select
            disabled={!!ownStreet}
            options={streets.data?.map((s) => ({ value: s.code, label: s.name }))}
            data-testid="survey-street"
          />
        </Form.Item>
        <Form.Item name="surveyedOn" label={t('training.survey.surveyedOn')} rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="survey-date" />
        </Form.Item>
        <Form.Item name="respondentType" label={t('training.survey.respondentType')} rules={[{ required: true }]}>
          <Select options={RESPONDENT_TYPES.map((type) => ({ value: type, label: t(`training.survey.type.${type}`) }))} data-testid="survey-type" />
        </Form.Item>
        <Space>
          <Form.Item name="respondentCount" label={t('training.survey.respondentCount')} rules={[{ required: true, message: t('form.required', { field: t('training.survey.respondentCount') }) }]}>
            <InputNumber min={1} max={1_000_000} data-testid="survey-respondents" />
          </Form.Item>
          <Form.Item
            name="willingCount"
            label={t('training.survey.willingCount')}
            dependencies={['respondentCount']}
            rules={[
              { required: true, message: t('form.required', { field: t('training.survey.willingCount') }) },
              ({ getFieldValue }) => ({
                validator: async (_, value?: number) => {
                  const respondents = getFieldValue('respondentCount') as number | undefined;
                  if (value !== undefined && value !== null && respondents !== undefined && value > respondents) {
                    throw new Error(t('training.survey.willingTooMany'));
                  }
                },
              }),
            ]}
          >
            <InputNumber min={0} max={1_000_000} data-testid="survey-willing-input" />
          </Form.Item>
        </Space>
        <Form.Item name="categories" label={t('training.survey.categories')}>
          <Select mode="multiple" options={categories.data?.map((c) => ({ value: c.code, label: c.name }))} data-testid="survey-categories" />
        </Form.Item>
        <Form.Item name="notes" label={t('training.survey.notes')}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="survey-notes" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
