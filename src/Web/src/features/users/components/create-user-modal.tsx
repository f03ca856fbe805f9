import { App, Form, Modal } from 'antd';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { useFormProblem } from '@/lib/use-form-problem';
import { useResetOnOpen } from '@/lib/use-reset-on-open';
import { useCreateUser } from '../api/create-user';
import { usersMessages } from '../locales';
import { scopeOf, USER_FORM_FIELDS, UserFormFields, type UserFormValues } from './user-form-fields';

export function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(usersMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<UserFormValues>();
  const create = useCreateUser();
  const { problem, report, clear } = useFormProblem(form, USER_FORM_FIELDS);
  useResetOnOpen(form, open);

  const submit = (values: UserFormValues) => {
    clear();
    const { userName, password, displayName, roles } = values;
    create.mutate(
      { userName: userName.trim(), password, displayName: displayName.trim(), roles, ...scopeOf(values) },
      {
        onSuccess: () => {
          message.success(t('users.success.created'));
          onClose();
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('users.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.save')}
      confirmLoading={create.isPending}
      okButtonProps={{ ...{ 'data-testid': 'user-form-submit' } }}
      afterClose={clear}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form form={form} layout="vertical" name="create-user" initialValues={{ roles: [] }} onFinish={submit}>
        <UserFormFields mode="create" />
      </Form>
    </Modal>
  );
}
