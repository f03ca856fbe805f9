import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '@/lib/i18n';

export function NotFoundPage() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('error.notFound.title')}
      subTitle={t('error.notFound.subTitle')}
      extra={
        <Link to="/">
          <Button type="primary">{t('action.backHome')}</Button>
        </Link>
      }
    />
  );
}
