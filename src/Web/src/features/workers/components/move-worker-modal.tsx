import { App, DatePicker, Form, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ProblemAlert } from '@/components/problem-alert';
import { toIsoDate } from '@/lib/dates';
import { useT } from '@/lib/i18n';
import { useFormProblem } from '@/lib/use-form-problem';
import { useResetOnOpen } from '@/lib/use-reset-on-open';
import type { WorkerDetail } from '../api/get-worker';
import type { EmploymentType } from '../api/get-workers';
import { useMoveWorker } from '../api/move-worker';
import { workersMessages } from '../locales';
import { EMPLOYMENT_TYPES } from './employment-type';
import { InstitutionSelect } from '@/features/registry-reference/components/institution-select';

interface MoveValues {
  institutionId: string;
  employmentType: EmploymentType;
  startedOn: Dayjs;
}

const FIELDS = ['institutionId', 'employmentType', 'startedOn'] as const;

/** Moves a worker to another institution (调动); the current employment ends, the history keeps it. */
export function MoveWorkerModal({ open, worker, onClose }: { open: boolean; worker: WorkerDetail; onClose: () => void }) {
  const t = useT(workersMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<MoveValues>();
  const move = useMoveWorker();
  const { problem, report, clear } = useFormProblem(form, FIELDS);
  useResetOnOpen(form, open);

  const submit = (values: MoveValues) => {
    clear();
    move.mutate(
      {
        id: worker.id,
        body: { institutionId: values.institutionId, employmentType: values.employmentType, startedOn: toIsoDate(values.startedOn)! },
      },
      {
        onSuccess: () => {
          message.success(t('workers.success.moved'));
          onClose();
        },
        onError: report,
      },
    );
  };

  const required = (field: string) => [{ required: true, message: t('form.requiredChoice', { field }) }];
  return (
    <Modal
      open={open}
      title={t('workers.move.title', { name: worker.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.confirm')}
      cancelText={t('action.cancel')}
      confirmLoading={move.isPending}
      okButtonProps={{ ...{ 'data-testid': 'move-worker-submit' } }}
      afterClose={clear}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form
        form={form}
        layout="vertical"
        name="move-worker"
        initialValues={{ employmentType: worker.employmentType, startedOn: dayjs() }}
        onFinish={submit}
      >
        {worker.institutionName && <p>{t('workers.move.from', { name: worker.institutionName })}</p>}
        <Form.Item name="institutionId" label={t('workers.move.to')} rules={required(t('workers.move.to'))}>
          <InstitutionSelect excludeId={worker.institutionId} data-testid="move-worker-institution" />
        </Form.Item>
        <Form.Item name="employmentType" label={t('workers.field.employmentType')} rules={required(t('workers.field.employmentType'))}>
          <Radio.Group options={EMPLOYMENT_TYPES.map((type) => ({ value: type, label: t(`workers.employmentType.${type}`) }))} />
        </Form.Item>
        <Form.Item name="startedOn" label={t('workers.move.startedOn')} rules={required(t('workers.move.startedOn'))}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
