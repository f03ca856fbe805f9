import type { TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useCallback, useState } from 'react';
import { useT } from './i18n';
import { toSortParam } from './table-sort';

export const DEFAULT_PAGE_SIZE = 20;

/** The paging part of a list query: `page`, `pageSize` and the API's `sort` parameter. */
export interface PagedFilter {
  page: number;
  pageSize: number;
  sort?: string;
}

/** What a paged API list answers (`{ items, total, page, pageSize }`), as far as paging goes. */
export interface PagedResult {
  page: number;
  pageSize: number;
  total: number;
}

/**
 * The filter state of a server-paged table: a new search starts again at page 1, and the table's page, page size
 * and sorter map onto `page`, `pageSize` and `sort`.
 */
export function usePagedList<F extends PagedFilter>(initial: Omit<F, 'page' | 'pageSize'> & Partial<PagedFilter>) {
  const [filter, setFilter] = useState<F>({ page: 1, pageSize: DEFAULT_PAGE_SIZE, ...initial } as F);

  const search = useCallback((filters: Partial<Omit<F, 'page' | 'pageSize' | 'sort'>>) => {
    setFilter((current) => ({ ...current, ...filters, page: 1 }));
  }, []);

  const onTableChange = useCallback(
    <T,>(pagination: TablePaginationConfig, _filters: unknown, sorter: SorterResult<T> | SorterResult<T>[]) => {
      setFilter((current) => ({
        ...current,
        page: pagination.current ?? 1,
        pageSize: pagination.pageSize ?? current.pageSize,
        sort: toSortParam(sorter),
      }));
    },
    [],
  );

  return { filter, setFilter, search, onTableChange };
}

/** The antd pagination of a table showing one page of a paged API list, with the total count. */
export function useTablePagination(page: PagedResult | undefined): TablePaginationConfig {
  const t = useT();
  return {
    current: page?.page,
    pageSize: page?.pageSize,
    total: page?.total,
    showSizeChanger: true,
    showTotal: (total) => t('state.total', { total }),
  };
}
