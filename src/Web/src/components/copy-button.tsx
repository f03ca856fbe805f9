import { CopyOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useT } from '@/lib/i18n';

/** Copies text with the asynchronous Clipboard API and says whether it worked. */
export function CopyButton({ text, testId }: { text: string; testId?: string }) {
  const t = useT();
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      message.success(t('action.copied'));
    } catch {
      message.error(t('action.copyFailed'));
    }
  };
  return (
    <Button icon={<CopyOutlined />} onClick={copy} data-testid={testId}>
      {t('action.copy')}
    </Button>
  );
}
