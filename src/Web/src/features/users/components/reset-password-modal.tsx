import { App, Form, Input, Modal } from 'antd';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { useFormProblem } from '@/lib/use-form-problem';
import { useResetOnOpen } from '@/lib/use-reset-on-open';
import { useResetPassword } from '../api/reset-password';
import type { User } from '../api/get-users';
import { usersMessages } from '../locales';

interface ResetPasswordValues {
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ['newPassword'] as const;

/** Sets a new password for `user` (the modal is open while it is set). */
export function ResetPasswordModal({ user, onClose }: { user?: User; onClose: () => void }) {
  const t = useT(usersMessages);
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetPasswordValues>();
  const reset = useResetPassword();
  const { problem, report, clear } = useFormProblem(form, FIELDS);
  useResetOnOpen(form, Boolean(user));

  const submit = ({ newPassword }: ResetPasswordValues) => {
    if (!user) return;
    clear();
    reset.mutate(
      { id: user.id, body: { newPassword } },
      {
        onSuccess: () => {
          message.success(t('users.success.passwordReset'));
          onClose();
        },
        onError: report,
      },
    );
  };

  return (
    <Modal
      open={Boolean(user)}
      title={user && t('users.resetPassword.title', { name: user.displayName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.confirm')}
      confirmLoading={reset.isPending}
      afterClose={clear}
      destroyOnHidden
    >
      {problem && <ProblemAlert error={problem.error} messages={problem.messages} />}
      <Form form={form} layout="vertical" name="reset-password" onFinish={submit}>
        <Form.Item
          name="newPassword"
          label={t('users.field.newPassword')}
          rules={[{ required: true, message: t('users.required', { field: t('users.field.newPassword') }) }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('users.field.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('users.required', { field: t('users.field.confirmPassword') }) },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('users.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
