import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, List, Radio, Result, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router';
import { PageContainer } from '@/components/page-container';
import { PageError } from '@/components/page-error';
import { PageLoading } from '@/components/page-loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { isApiError } from '@/lib/problem-details';
import { useFormProblem } from '@/lib/use-form-problem';
import { canInspect } from '../access';
import { useRecordOutcome, useTask, type InspectionTask } from '../api/inspection';
import { inspectionMessages } from '../locales';
import { TaskStatusTag } from './status-tag';

/** `/inspection/tasks/:id`: one inspection task; inspectors fill the checklist on site (one column, phone-sized). */
export function TaskPage() {
  const t = useT(inspectionMessages);
  const { id } = useParams();
  const task = useTask(id);
  const user = useCurrentUser();

  if (task.isPending) return <PageLoading />;
  if (task.isError) {
    return isApiError(task.error) && task.error.status === 404 ? (
      <Result
        status="404"
        title={t('inspection.task.notFound.title')}
        subTitle={t('inspection.task.notFound.subTitle')}
        extra={
          <Link to="/inspection/campaigns">
            <Button type="primary">{t('inspection.task.back')}</Button>
          </Link>
        }
      />
    ) : (
      <PageError error={task.error} onRetry={() => void task.refetch()} />
    );
  }

  const data = task.data;
  const open = data.status === 'Pending' || data.status === 'Rectify' || data.status === 'Escalated';
  return (
    <PageContainer
      title={
        <Space wrap>
          <Link to="/inspection/campaigns" aria-label={t('inspection.task.back')}>
            <ArrowLeftOutlined />
          </Link>
          {data.objectName}
          <TaskStatusTag status={data.status} />
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%', maxWidth: 720 }} size="middle">
        <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
          <Descriptions.Item label={t('inspection.field.year')}>{data.year}</Descriptions.Item>
          <Descriptions.Item label={t('inspection.field.street')}>{data.streetCode}</Descriptions.Item>
          <Descriptions.Item label={t('inspection.field.inspectors')}>{data.inspectors.map((i) => i.name).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('inspection.field.score')}>{data.score ?? '—'}</Descriptions.Item>
          {data.rectifyBy && <Descriptions.Item label={t('inspection.field.rectifyBy')}>{data.rectifyBy}</Descriptions.Item>}
          {data.findings && <Descriptions.Item label={t('inspection.field.findings')}>{data.findings}</Descriptions.Item>}
        </Descriptions>
        {open && canInspect(user) ? <OutcomeForm task={data} /> : <Checklist task={data} />}
        {!open && <Alert type="info" showIcon message={t('inspection.task.final')} />}
      </Space>
    </PageContainer>
  );
}

function Checklist({ task }: { task: InspectionTask }) {
  const t = useT(inspectionMessages);
  return (
    <Card title={t('inspection.task.checklist')} size="small">
      <List
        dataSource={task.items}
        renderItem={(item) => (
          <List.Item extra={`${item.points ?? '—'} / ${item.weight}`}>
            <List.Item.Meta title={item.title} description={`${t('inspection.field.evidence')}：${item.evidence}`} />
          </List.Item>
        )}
      />
    </Card>
  );
}

interface OutcomeValues {
  points: Record<string, number>;
  findings?: string;
  outcome: 'Passed' | 'Rectify' | 'Failed';
  inspectedOn: Dayjs;
  rectifyBy?: Dayjs;
}

const FIELDS = ['itemScores', 'findings', 'outcome', 'inspectedOn', 'rectifyBy'] as const;

function OutcomeForm({ task }: { task: InspectionTask }) {
  const t = useT(inspectionMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<OutcomeValues>();
  const record = useRecordOutcome(task.id);
  const { problem, report, clear } = useFormProblem(form, FIELDS);
  const outcome = Form.useWatch('outcome', form);
  const reinspection = task.status !== 'Pending';

  const submit = (values: OutcomeValues) => {
    clear();
    record.mutate(
      {
        itemScores: task.items.map((i) => ({ itemId: i.itemId, points: values.points?.[i.itemId] ?? 0, note: null })),
        findings: values.findings ?? null,
        outcome: values.outcome,
        inspectedOn: values.inspectedOn.format('YYYY-MM-DD'),
        rectifyBy: values.outcome === 'Rectify' && values.rectifyBy ? values.rectifyBy.format('YYYY-MM-DD') : null,
      },
      { onSuccess: () => message.success(t('inspection.success.saved')), onError: report },
    );
  };

  return (
    <Card title={t('inspection.task.record')} size="small">
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form
        form={form}
        layout="vertical"
        name="record-outcome"
        onFinish={submit}
        initialValues={{
          inspectedOn: dayjs(),
          outcome: 'Passed',
          points: Object.fromEntries(task.items.map((i) => [i.itemId, i.points ?? i.weight])),
        }}
      >
        <Form.Item name="itemScores" hidden>
          <Input />
        </Form.Item>
        {task.items.map((item) => (
          <Form.Item
            key={item.itemId}
            name={['points', item.itemId]}
            label={`${item.position}. ${item.title}（${t('inspection.field.weight')} ${item.weight}）`}
            extra={`${t('inspection.field.evidence')}：${item.evidence}`}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={item.weight} style={{ width: '100%' }} inputMode="numeric" data-testid={`points-${item.position}`} />
          </Form.Item>
        ))}
        <Form.Item name="outcome" label={t('inspection.field.outcome')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="outcome">
            <Radio.Button value="Passed">{t('inspection.status.Passed')}</Radio.Button>
            {!reinspection && <Radio.Button value="Rectify">{t('inspection.status.Rectify')}</Radio.Button>}
            <Radio.Button value="Failed">{t('inspection.status.Failed')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        {outcome === 'Rectify' && (
          <Form.Item name="rectifyBy" label={t('inspection.field.rectifyBy')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
        )}
        <Form.Item name="findings" label={t('inspection.field.findings')} rules={[{ required: outcome !== 'Passed' }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="findings" />
        </Form.Item>
        <Form.Item name="inspectedOn" label={t('inspection.field.inspectedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={record.isPending} data-testid="outcome-submit">
          {t('action.submit')}
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} />
      </Form>
    </Card>
  );
}
