import { Alert, App, Button, Form, Modal, Skeleton } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { isApiError } from '@/lib/problem-details';
import { useFormProblem } from '@/lib/use-form-problem';
import { useUser } from '../api/get-user';
import { useUpdateUser } from '../api/update-user';
import { usersMessages } from '../locales';
import { scopeOf, USER_FORM_FIELDS, UserFormFields, type UserFormValues } from './user-form-fields';

/** Edits the user `userId` (the modal is open while it is set). */
export function EditUserModal({ userId, onClose }: { userId?: string; onClose: () => void }) {
  const t = useT(usersMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<UserFormValues>();
  const detail = useUser(userId);
  const update = useUpdateUser();
  const { problem, report, clear } = useFormProblem(form, USER_FORM_FIELDS);
  const [stale, setStale] = useState(false);
  const loaded = detail.data;

  const submit = (values: UserFormValues) => {
    if (!userId || !loaded) return;
    clear();
    const body = { displayName: values.displayName.trim(), roles: values.roles, ...scopeOf(values) };
    update.mutate(
      { id: userId, etag: loaded.etag, body },
      {
        onSuccess: () => {
          message.success(t('users.success.updated'));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 412) {
            setStale(true);
            message.error(t('users.error.concurrency'));
          } else {
            report(error);
          }
        },
      },
    );
  };

  const reload = async () => {
    await detail.refetch();
    setStale(false);
  };

  return (
    <Modal
      open={Boolean(userId)}
      title={t('users.edit')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.save')}
      okButtonProps={{ disabled: !loaded || stale }}
      confirmLoading={update.isPending}
      afterClose={() => {
        clear();
        setStale(false);
      }}
      destroyOnHidden
    >
      {detail.isPending && <Skeleton active />}
      {detail.isError && <ProblemAlert error={detail.error} onRetry={() => void detail.refetch()} />}
      {stale && (
        <Alert
          type="warning"
          showIcon
          title={t('users.error.concurrency')}
          action={
            <Button size="small" onClick={reload} loading={detail.isFetching}>
              {t('action.refresh')}
            </Button>
          }
        />
      )}
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      {loaded && (
        <Form
          key={loaded.etag ?? loaded.user.id}
          form={form}
          layout="vertical"
          name="edit-user"
          onFinish={submit}
          initialValues={{
            userName: loaded.user.userName,
            displayName: loaded.user.displayName,
            roles: loaded.user.roles,
            streetCode: loaded.user.streetCode ?? undefined,
            institutionId: loaded.user.institutionId ?? undefined,
          }}
        >
          <UserFormFields mode="edit" />
        </Form>
      )}
    </Modal>
  );
}
