import { Card } from 'antd';
import { useState } from 'react';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { useAuditTrail, type AuditFilter } from '../api/get-audit';
import { useVerifyAudit } from '../api/verify-audit';
import { auditMessages } from '../locales';
import { AuditFiltersForm } from './audit-filters';
import { AuditTable } from './audit-table';
import { VerifyChainButton, VerifyChainResult } from './verify-chain';

const DEFAULT_PAGE_SIZE = 20;

export function AuditPage() {
  const t = useT(auditMessages);
  const [filter, setFilter] = useState<AuditFilter>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const audit = useAuditTrail(filter);
  const verify = useVerifyAudit();

  return (
    <PageContainer title={t('audit.title')} extra={<VerifyChainButton verify={verify} />}>
      <VerifyChainResult verify={verify} />
      <Card size="small">
        <AuditFiltersForm onSearch={(filters) => setFilter((current) => ({ ...current, ...filters, page: 1 }))} />
      </Card>
      {audit.isError && <ProblemAlert error={audit.error} onRetry={() => void audit.refetch()} />}
      <AuditTable
        page={audit.data}
        loading={audit.isFetching}
        onChange={(pagination) =>
          setFilter((current) => ({ ...current, page: pagination.current ?? 1, pageSize: pagination.pageSize ?? DEFAULT_PAGE_SIZE }))
        }
      />
    </PageContainer>
  );
}
