import { describe, expect, it } from 'vitest';
import { toWorkersQuery } from '../api/get-workers';
import { normaliseWorkerSearch, toWorkersFilters } from './workers-filters';

describe('workers filters → query', () => {
  it('sends every chosen filter and drops blanks', () => {
    const filters = toWorkersFilters({
      search: '  李秀英 ',
      streetCode: '150203002',
      institutionId: 'i-9',
      employmentType: 'Affiliated',
      jobType: 'ElderlyCarer',
      credentialStatus: 'Yellow',
    });
    expect(toWorkersQuery({ page: 2, pageSize: 50, sort: '-createdAt', ...filters })).toEqual({
      page: 2,
      pageSize: 50,
      sort: '-createdAt',
      search: '李秀英',
      streetCode: '150203002',
      institutionId: 'i-9',
      employmentType: 'Affiliated',
      jobType: 'ElderlyCarer',
      credentialStatus: 'Yellow',
    });
  });

  it('leaves out what was not chosen', () => {
    expect(toWorkersFilters({ search: '   ', streetCode: '', jobType: undefined })).toEqual({
      search: undefined,
      streetCode: undefined,
      institutionId: undefined,
      employmentType: undefined,
      jobType: undefined,
      credentialStatus: undefined,
    });
    const query = toWorkersQuery({ page: 1, pageSize: 20 });
    expect(Object.entries(query).filter(([, value]) => value !== undefined)).toEqual([
      ['page', 1],
      ['pageSize', 20],
    ]);
  });

  it('keeps the institution of an institution page when the form has none', () => {
    const filters = { ...toWorkersFilters({ credentialStatus: 'Red' }), institutionId: 'i-1' };
    expect(toWorkersQuery({ page: 1, pageSize: 20, ...filters })).toMatchObject({ institutionId: 'i-1', credentialStatus: 'Red' });
  });

  it('sends a full ID number in its standard form', () => {
    expect(normaliseWorkerSearch('11010519491231002x')).toBe('11010519491231002X');
    expect(normaliseWorkerSearch(' １１０１０５１９４９１２３１００２Ｘ ')).toBe('11010519491231002X');
    expect(normaliseWorkerSearch('110105 19491231 002X')).toBe('11010519491231002X');
  });

  it('sends a mobile phone number in its standard form', () => {
    expect(normaliseWorkerSearch(' 13912345678 ')).toBe('13912345678');
    expect(normaliseWorkerSearch('１３９１２３４５６７８')).toBe('13912345678');
    expect(normaliseWorkerSearch('139-1234-5678')).toBe('13912345678');
    expect(normaliseWorkerSearch('139 1234 5678')).toBe('13912345678');
  });

  it('leaves names and partial numbers as typed (trimmed)', () => {
    expect(normaliseWorkerSearch(' 王 芳 ')).toBe('王 芳');
    expect(normaliseWorkerSearch('1101051949')).toBe('1101051949');
    expect(normaliseWorkerSearch('1391234')).toBe('1391234');
    expect(normaliseWorkerSearch('0472-5123456')).toBe('0472-5123456');
    expect(normaliseWorkerSearch('')).toBeUndefined();
    expect(normaliseWorkerSearch(undefined)).toBeUndefined();
  });
});
