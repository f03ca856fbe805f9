import { Alert, Typography } from 'antd';
import { describeError } from '@/components/describe-error';
import { formatDateTime } from '@/lib/format';
import { useT, type TFunction } from '@/lib/i18n';
import { problemOf } from '@/lib/problem-details';
import { authMessages } from '../locales';

type AuthT = TFunction<keyof (typeof authMessages)['zh-CN']>;

export function loginErrorMessage(error: unknown, t: AuthT): string {
  const problem = problemOf(error);
  switch (problem?.code) {
    case 'invalid_credentials':
      return t('auth.error.invalidCredentials');
    case 'disabled':
      return t('auth.error.disabled');
    case 'locked_out': {
      const until = typeof problem.lockoutEnd === 'string' ? formatDateTime(problem.lockoutEnd) : '';
      return until ? t('auth.error.lockedOutUntil', { until }) : t('auth.error.lockedOut');
    }
    default:
      return problem?.detail ?? describeError(error, t).title;
  }
}

export function LoginError({ error }: { error: unknown }) {
  const t = useT(authMessages);
  const traceId = problemOf(error)?.traceId;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="login-error"
      title={loginErrorMessage(error, t)}
      description={traceId && <Typography.Text type="secondary">{t('error.traceId', { traceId })}</Typography.Text>}
    />
  );
}
