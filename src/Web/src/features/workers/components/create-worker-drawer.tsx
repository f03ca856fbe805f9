import { App, Button, Drawer, Form, Space } from 'antd';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { useFormProblem } from '@/lib/use-form-problem';
import { useResetOnOpen } from '@/lib/use-reset-on-open';
import { useCreateWorker } from '../api/create-worker';
import { workersMessages } from '../locales';
import type { InstitutionOption } from '@/features/registry-reference/components/institution-select';
import { toCreateWorkerBody, WORKER_FORM_FIELDS, WorkerFormFields, type WorkerFormValues } from './worker-form-fields';
import { workerFormError } from './worker-form-errors';

interface CreateWorkerDrawerProps {
  open: boolean;
  onClose: () => void;
  /** Opened from an institution's page: the worker is registered there. */
  institution?: InstitutionOption;
  /** Open the new worker's page afterwards (from the workers list); stay put otherwise. */
  openCreated?: boolean;
}

/** Registers a worker (从业人员登记). */
export function CreateWorkerDrawer({ open, onClose, institution, openCreated = false }: CreateWorkerDrawerProps) {
  const t = useT(workersMessages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const [form] = Form.useForm<WorkerFormValues>();
  const create = useCreateWorker();
  const { problem, report, clear } = useFormProblem(form, WORKER_FORM_FIELDS);
  useResetOnOpen(form, open);
  const institutionId = institution?.id ?? user.institutionId ?? undefined;

  const submit = (values: WorkerFormValues) => {
    clear();
    create.mutate(toCreateWorkerBody(values), {
      onSuccess: (created) => {
        message.success(t('workers.success.created'));
        onClose();
        if (openCreated) void navigate(`/registry/workers/${created.id}`);
      },
      onError: (error) => report(workerFormError(error, t)),
    });
  };

  return (
    <Drawer
      open={open}
      title={institution ? t('workers.createAt', { name: institution.name }) : t('workers.create')}
      size={720}
      onClose={onClose}
      afterOpenChange={(visible) => {
        if (!visible) clear();
      }}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()} data-testid="worker-form-submit">
            {t('action.save')}
          </Button>
        </Space>
      }
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form
        form={form}
        layout="vertical"
        name="create-worker"
        initialValues={{ institutionId, employmentType: 'EmployeeBased', jobTypes: [], identityVerified: false, certificates: [] }}
        onFinish={submit}
      >
        <WorkerFormFields mode="create" institution={institution} institutionLocked={Boolean(institution)} />
      </Form>
    </Drawer>
  );
}
