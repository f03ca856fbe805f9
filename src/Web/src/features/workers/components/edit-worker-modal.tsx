import { Alert, App, Button, Form, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { isApiError } from '@/lib/problem-details';
import { useFormProblem } from '@/lib/use-form-problem';
import type { WorkerDetail } from '../api/get-worker';
import { useUpdateWorker } from '../api/update-worker';
import { workersMessages } from '../locales';
import { toUpdateWorkerBody, WORKER_FORM_FIELDS, WorkerFormFields, workerFormValues, type WorkerFormValues } from './worker-form-fields';
import { workerFormError } from './worker-form-errors';

interface EditWorkerModalProps {
  open: boolean;
  worker: WorkerDetail;
  /** The ETag read with the worker; sent back as `If-Match`. */
  etag: string | null;
  revealedPhone?: string | null;
  onReload: () => Promise<unknown>;
  onClose: () => void;
}

export function EditWorkerModal({ open, worker, etag, revealedPhone, onReload, onClose }: EditWorkerModalProps) {
  const t = useT(workersMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<WorkerFormValues>();
  const update = useUpdateWorker();
  const { problem, report, clear } = useFormProblem(form, WORKER_FORM_FIELDS);
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);

  // Each opening, and a reloaded record (new ETag), shows the record as read; unsaved edits are dropped.
  useEffect(() => {
    if (open) form.resetFields();
  }, [form, open, etag]);

  const submit = (values: WorkerFormValues) => {
    clear();
    update.mutate(
      { id: worker.id, etag, body: toUpdateWorkerBody(values) },
      {
        onSuccess: () => {
          message.success(t('workers.success.updated'));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 412) {
            setStale(true);
            message.error(t('workers.error.concurrency'));
          } else {
            report(workerFormError(error, t));
          }
        },
      },
    );
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      setStale(false);
    } finally {
      setReloading(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('workers.edit')}
      width={760}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      okButtonProps={{ disabled: stale, ...{ 'data-testid': 'worker-form-submit' } }}
      confirmLoading={update.isPending}
      afterClose={() => {
        clear();
        setStale(false);
      }}
      destroyOnHidden
    >
      {stale && (
        <Alert
          type="warning"
          showIcon
          title={t('workers.error.concurrency')}
          action={
            <Button size="small" onClick={reload} loading={reloading}>
              {t('action.refresh')}
            </Button>
          }
        />
      )}
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form
        form={form}
        layout="vertical"
        name="edit-worker"
        onFinish={submit}
        initialValues={workerFormValues(worker, revealedPhone)}
      >
        <WorkerFormFields mode="edit" />
      </Form>
    </Modal>
  );
}
