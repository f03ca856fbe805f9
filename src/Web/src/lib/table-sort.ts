import type { SortOrder, SorterResult } from 'antd/es/table/interface';

/** The API's `sort` parameter from a table sorter: `name` ascending, `-name` descending. */
export function toSortParam<T>(sorter: SorterResult<T> | SorterResult<T>[]): string | undefined {
  const active = Array.isArray(sorter) ? sorter[0] : sorter;
  if (!active?.order) return undefined;
  const key = String(active.columnKey ?? active.field);
  return active.order === 'descend' ? `-${key}` : key;
}

/** The column's controlled `sortOrder` for the current `sort` parameter. */
export function sortOrderOf(sort: string | undefined, key: string): SortOrder {
  if (sort === key) return 'ascend';
  if (sort === `-${key}`) return 'descend';
  return null;
}
