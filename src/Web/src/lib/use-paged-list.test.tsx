import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, usePagedList } from './use-paged-list';

interface Filter {
  page: number;
  pageSize: number;
  sort?: string;
  search?: string;
  streetCode?: string;
}

describe('usePagedList', () => {
  it('starts at page 1 with the default size and keeps the initial filters', () => {
    const { result } = renderHook(() => usePagedList<Filter>({ streetCode: '150203001' }));
    expect(result.current.filter).toEqual({ page: 1, pageSize: DEFAULT_PAGE_SIZE, streetCode: '150203001' });
  });

  it('maps the table page, size and sorter, and a new search goes back to page 1 keeping size and sort', () => {
    const { result } = renderHook(() => usePagedList<Filter>({}));

    act(() => result.current.onTableChange({ current: 3, pageSize: 50 }, {}, { order: 'descend', columnKey: 'name' }));
    expect(result.current.filter).toEqual({ page: 3, pageSize: 50, sort: '-name' });

    act(() => result.current.search({ search: '安心' }));
    expect(result.current.filter).toEqual({ page: 1, pageSize: 50, sort: '-name', search: '安心' });

    act(() => result.current.onTableChange({ current: 2 }, {}, {}));
    expect(result.current.filter).toEqual({ page: 2, pageSize: 50, sort: undefined, search: '安心' });
  });
});
