import { Card, Flex } from 'antd';
import { useState } from 'react';
import { ExportButton, ExportError } from '@/components/export-button';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { toSortParam } from '@/lib/table-sort';
import { useExportWorkers } from '../api/export-workers';
import { useWorkers, type WorkersFilter } from '../api/get-workers';
import { workersMessages } from '../locales';
import { WorkersFiltersForm } from './workers-filters';
import { WorkersTable } from './workers-table';

const DEFAULT_PAGE_SIZE = 20;

/** Filters, export, error and paged table of workers; `institutionId` pins the list to one institution. */
export function WorkersList({ institutionId }: { institutionId?: string }) {
  const [filter, setFilter] = useState<WorkersFilter>({ page: 1, pageSize: DEFAULT_PAGE_SIZE, institutionId });
  const t = useT(workersMessages);
  const workers = useWorkers(filter);
  const exporting = useExportWorkers();
  const withinInstitution = Boolean(institutionId);

  return (
    <>
      <Card size="small">
        <WorkersFiltersForm
          withinInstitution={withinInstitution}
          onSearch={(filters) =>
            setFilter((current) => ({ ...current, ...filters, institutionId: institutionId ?? filters.institutionId, page: 1 }))
          }
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
        onChange={(pagination, _filters, sorter) =>
          setFilter((current) => ({
            ...current,
            page: pagination.current ?? 1,
            pageSize: pagination.pageSize ?? DEFAULT_PAGE_SIZE,
            sort: toSortParam(sorter),
          }))
        }
      />
    </>
  );
}
