import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useRegistryAbilities } from '@/features/registry-reference/access';
import { ExportButton, ExportError } from '@/components/export-button';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { usePagedList } from '@/lib/use-paged-list';
import { useExportInstitutions } from '../api/export-institutions';
import { useInstitutions, type InstitutionsFilter } from '../api/get-institutions';
import { institutionsMessages } from '../locales';
import { CreateInstitutionModal } from './create-institution-modal';
import { filterValuesFromUrl, filterValuesToUrl, InstitutionsFiltersForm, toInstitutionsFilters } from './institutions-filters';
import { InstitutionsTable } from './institutions-table';

export function InstitutionsPage() {
  const t = useT(institutionsMessages);
  const { canRegisterInstitution } = useRegistryAbilities();
  const [searchParams, setSearchParams] = useSearchParams();
  // The filters start from the URL (links from the dashboard carry e.g. ?streetCode=…) and every search is written back.
  const [initialValues] = useState(() => filterValuesFromUrl(searchParams));
  const { filter, search, onTableChange } = usePagedList<InstitutionsFilter>(toInstitutionsFilters(initialValues));
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
        <InstitutionsFiltersForm
          initialValues={initialValues}
          onSearch={(filters, values) => {
            search(filters);
            setSearchParams(filterValuesToUrl(values), { replace: true });
          }}
        />
      </Card>
      {institutions.isError && <ProblemAlert error={institutions.error} onRetry={() => void institutions.refetch()} />}
      <InstitutionsTable
        page={institutions.data}
        loading={institutions.isFetching}
        sort={filter.sort}
        onChange={onTableChange}
      />
      {canRegisterInstitution && <CreateInstitutionModal open={creating} onClose={() => setCreating(false)} />}
    </PageContainer>
  );
}
