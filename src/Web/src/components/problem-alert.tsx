import { Alert, Button, Typography } from 'antd';
import { useT } from '@/lib/i18n';
import { describeError } from './describe-error';

interface ProblemAlertProps {
  error: unknown;
  onRetry?: () => void;
  /** Replaces the problem's title, e.g. with a message mapped from its `code`. */
  message?: string;
  /** Further messages, e.g. field errors that no form field shows. */
  messages?: string[];
}

/** An error from the API: its title and detail, the trace id for support, and a retry button. */
export function ProblemAlert({ error, onRetry, message, messages = [] }: ProblemAlertProps) {
  const t = useT();
  const { title, detail, traceId } = describeError(error, t);
  const description = (
    <>
      {detail && detail !== (message ?? title) && <div>{detail}</div>}
      {messages.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {messages.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      {traceId && (
        <Typography.Text type="secondary" copyable={{ text: traceId }} data-testid="trace-id">
          {t('error.traceId', { traceId })}
        </Typography.Text>
      )}
    </>
  );
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={message ?? title}
      description={detail || traceId || messages.length > 0 ? description : undefined}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('action.retry')}
          </Button>
        )
      }
    />
  );
}
