import { Card } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { toSortParam } from '@/lib/table-sort';
import { useWorkers, type WorkersFilter } from '../api/get-workers';
import { WorkersFiltersForm } from './workers-filters';
import { WorkersTable } from './workers-table';

const DEFAULT_PAGE_SIZE = 20;

/** Filters, error and paged table of workers; `institutionId` pins the list to one institution. */
export function WorkersList({ institutionId }: { institutionId?: string }) {
  const [filter, setFilter] = useState<WorkersFilter>({ page: 1, pageSize: DEFAULT_PAGE_SIZE, institutionId });
  const workers = useWorkers(filter);
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
