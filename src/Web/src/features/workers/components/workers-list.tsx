import { Card, Flex } from 'antd';
import { ExportButton, ExportError } from '@/components/export-button';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { usePagedList } from '@/lib/use-paged-list';
import { useExportWorkers } from '../api/export-workers';
import { useWorkers, type WorkersFilter } from '../api/get-workers';
import { workersMessages } from '../locales';
import { WorkersFiltersForm } from './workers-filters';
import { WorkersTable } from './workers-table';

/** Filters, export, error and paged table of workers; `institutionId` pins the list to one institution. */
export function WorkersList({ institutionId }: { institutionId?: string }) {
  const { filter, search, onTableChange } = usePagedList<WorkersFilter>({ institutionId });
  const t = useT(workersMessages);
  const workers = useWorkers(filter);
  const exporting = useExportWorkers();
  const withinInstitution = Boolean(institutionId);

  return (
    <>
      <Card size="small">
        <WorkersFiltersForm
          withinInstitution={withinInstitution}
          onSearch={(filters) => search({ ...filters, institutionId: institutionId ?? filters.institutionId })}
        />
      </Card>
      <Flex justify="flex-end">
        <ExportButton
          label={t('workers.export')}
          loading={exporting.isPending}
          onClick={() => exporting.mutate(filter)}
          testId="export-workers"
        />
      </Flex>
      {exporting.isError && <ExportError error={exporting.error} onRetry={() => exporting.mutate(filter)} />}
      {workers.isError && <ProblemAlert error={workers.error} onRetry={() => void workers.refetch()} />}
      <WorkersTable
        page={workers.data}
        loading={workers.isFetching}
        sort={filter.sort}
        showInstitution={!withinInstitution}
        onChange={onTableChange}
      />
    </>
  );
}
