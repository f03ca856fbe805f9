import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { useVerifyAudit, type AuditVerification } from '../api/verify-audit';
import { auditMessages } from '../locales';

export function VerifyChainButton({ verify }: { verify: ReturnType<typeof useVerifyAudit> }) {
  const t = useT(auditMessages);
  return (
    <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()} data-testid="audit-verify">
      {t('audit.verify')}
    </Button>
  );
}

function VerificationAlert({ result }: { result: AuditVerification }) {
  const t = useT(auditMessages);
  return result.valid ? (
    <Alert type="success" showIcon data-testid="audit-verify-result" title={t('audit.verify.valid', { count: result.checkedEntries })} />
  ) : (
    <Alert
      type="error"
      showIcon
      data-testid="audit-verify-result"
      title={t('audit.verify.broken', { sequence: result.firstBrokenSequence ?? '?', count: result.checkedEntries })}
      description={result.problem}
    />
  );
}

export function VerifyChainResult({ verify }: { verify: ReturnType<typeof useVerifyAudit> }) {
  if (verify.isError) return <ProblemAlert error={verify.error} onRetry={() => verify.mutate()} />;
  return verify.data ? <VerificationAlert result={verify.data} /> : null;
}
