import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '@/lib/i18n';

export function ForbiddenPage() {
  const t = useT();
  return (
    <Result
      status="403"
      title={t('error.forbidden.title')}
      subTitle={t('error.forbidden.subTitle')}
      extra={
        <Link to="/">
          <Button type="primary">{t('action.backHome')}</Button>
        </Link>
      }
    />
  );
}
