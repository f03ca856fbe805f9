import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useRegistryAbilities } from '@/features/registry-reference/access';
import { ExportButton, ExportError } from '@/components/export-button';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { toSortParam } from '@/lib/table-sort';
import { useExportInstitutions } from '../api/export-institutions';
import { useInstitutions, type InstitutionsFilter } from '../api/get-institutions';
import { institutionsMessages } from '../locales';
import { CreateInstitutionModal } from './create-institution-modal';
import { InstitutionsFiltersForm } from './institutions-filters';
import { InstitutionsTable } from './institutions-table';

const DEFAULT_PAGE_SIZE = 20;

export function InstitutionsPage() {
  const t = useT(institutionsMessages);
  const { canRegisterInstitution } = useRegistryAbilities();
  const [filter, setFilter] = useState<InstitutionsFilter>({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const [creating, setCreating] = useState(false);
  const institutions = useInstitutions(filter);
  const exporting = useExportInstitutions();

  return (
    <PageContainer
      title={t('institutions.title')}
      extra={
        <Space>
          <ExportButton
            label={t('institutions.export')}
            loading={exporting.isPending}
            onClick={() => exporting.mutate(filter)}
            testId="export-institutions"
          />
          {canRegisterInstitution && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-institution">
              {t('institutions.create')}
            </Button>
          )}
        </Space>
      }
    >
      {exporting.isError && <ExportError error={exporting.error} onRetry={() => exporting.mutate(filter)} />}
      <Card size="small">
        <InstitutionsFiltersForm onSearch={(filters) => setFilter((current) => ({ ...current, ...filters, page: 1 }))} />
      </Card>
      {institutions.isError && <ProblemAlert error={institutions.error} onRetry={() => void institutions.refetch()} />}
      <InstitutionsTable
        page={institutions.data}
        loading={institutions.isFetching}
        sort={filter.sort}
        onChange={(pagination, _filters, sorter) =>
          setFilter((current) => ({
            ...current,
            page: pagination.current ?? 1,
            pageSize: pagination.pageSize ?? DEFAULT_PAGE_SIZE,
            sort: toSortParam(sorter),
          }))
        }
      />
      {canRegisterInstitution && <CreateInstitutionModal open={creating} onClose={() => setCreating(false)} />}
    </PageContainer>
  );
}
