import { Button, Result, Typography } from 'antd';
import { useT } from '@/lib/i18n';
import { describeError } from './describe-error';

/** A whole page that could not load, with a retry button. */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const { title, detail, traceId } = describeError(error, t);
  return (
    <Result
      status="error"
      title={title}
      subTitle={
        <>
          {detail && <div>{detail}</div>}
          {traceId && <Typography.Text type="secondary">{t('error.traceId', { traceId })}</Typography.Text>}
        </>
      }
      extra={
        onRetry && (
          <Button type="primary" onClick={onRetry}>
            {t('action.retry')}
          </Button>
        )
      }
    />
  );
}
