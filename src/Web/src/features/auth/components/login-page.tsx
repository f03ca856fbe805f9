import { Card, Flex, Typography } from 'antd';
import { Navigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { safeReturnUrl, useAuthTokens } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { authMessages } from '../locales';
import { LoginForm } from './login-form';

export function LoginPage() {
  const t = useT(authMessages);
  const tokens = useAuthTokens();
  const [params] = useSearchParams();
  const returnUrl = safeReturnUrl(params.get('returnUrl'));

  if (tokens) return <Navigate to={returnUrl} replace />;

  return (
    <Flex vertical align="center" justify="center" gap="large" style={{ minHeight: '100vh', background: '#f0f2f5', padding: 16 }}>
      <Flex vertical align="center">
        <Typography.Title level={3} style={{ marginBottom: 4, textAlign: 'center' }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('app.brand')}</Typography.Text>
      </Flex>
      <Card title={t('auth.title')} extra={<LanguageSwitch />} style={{ width: '100%', maxWidth: 400 }}>
        <LoginForm />
      </Card>
    </Flex>
  );
}
