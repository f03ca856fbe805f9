import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useT } from '@/lib/i18n';
import { useLogin, type LoginInput } from '../api/login';
import { authMessages } from '../locales';
import { LoginError } from './login-error';

/** Signing in stores the tokens; the login page then moves on to the return URL. */
export function LoginForm() {
  const t = useT(authMessages);
  const login = useLogin();
  const submit = (values: LoginInput) => login.mutate(values);

  return (
    <Form<LoginInput> layout="vertical" requiredMark={false} onFinish={submit} disabled={login.isPending}>
      {login.isError && (
        <Form.Item>
          <LoginError error={login.error} />
        </Form.Item>
      )}
      <Form.Item name="userName" label={t('auth.userName')} rules={[{ required: true, message: t('auth.userName.required') }]}>
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
      </Form.Item>
      <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.password.required') }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
        {t('auth.submit')}
      </Button>
    </Form>
  );
}
