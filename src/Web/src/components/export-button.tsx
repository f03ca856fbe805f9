import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { ProblemAlert } from './problem-alert';
import { problemOf } from '@/lib/problem-details';

interface ExportButtonProps {
  label: string;
  loading: boolean;
  onClick: () => void;
  testId: string;
}

/** The "export to Excel" button of a list page (导出). */
export function ExportButton({ label, loading, onClick, testId }: ExportButtonProps) {
  return (
    <Button icon={<DownloadOutlined />} loading={loading} onClick={onClick} data-testid={testId}>
      {label}
    </Button>
  );
}

/** Why an export failed: the problem's title plus its field messages (e.g. too many rows: narrow the filters). */
export function ExportError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const messages = Object.values(problemOf(error)?.errors ?? {}).flat();
  return <ProblemAlert error={error} onRetry={onRetry} messages={messages} />;
}
