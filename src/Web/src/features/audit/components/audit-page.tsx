import { Card } from 'antd';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { usePagedList } from '@/lib/use-paged-list';
import { useAuditTrail, type AuditFilter } from '../api/get-audit';
import { useVerifyAudit } from '../api/verify-audit';
import { auditMessages } from '../locales';
import { AuditFiltersForm } from './audit-filters';
import { AuditTable } from './audit-table';
import { VerifyChainButton, VerifyChainResult } from './verify-chain';

export function AuditPage() {
  const t = useT(auditMessages);
  const { filter, search, onTableChange } = usePagedList<AuditFilter>({});
  const audit = useAuditTrail(filter);
  const verify = useVerifyAudit();

  return (
    <PageContainer title={t('audit.title')} extra={<VerifyChainButton verify={verify} />}>
      <VerifyChainResult verify={verify} />
      <Card size="small">
        <AuditFiltersForm onSearch={search} />
      </Card>
      {audit.isError && <ProblemAlert error={audit.error} onRetry={() => void audit.refetch()} />}
      <AuditTable
        page={audit.data}
        loading={audit.isFetching}
        onChange={onTableChange}
      />
    </PageContainer>
  );
}
