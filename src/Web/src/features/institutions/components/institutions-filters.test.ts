import { describe, expect, it } from 'vitest';
import { toInstitutionsQuery } from '../api/get-institutions';
import { toInstitutionsFilters } from './institutions-filters';

describe('institutions filters → query', () => {
  it('sends the search (name or credit code) and every chosen filter, yes/no as booleans', () => {
    const filters = toInstitutionsFilters({
      search: ' 91150203 ',
      streetCode: '150203001',
      businessFormat: 'ElderlyCare',
      status: 'Recognised',
      isEmployeeBased: 'yes',
      isAllianceMember: 'no',
      title: 'Top100Top10',
    });
    expect(toInstitutionsQuery({ page: 3, pageSize: 20, sort: '-createdAt', ...filters })).toEqual({
      page: 3,
      pageSize: 20,
      sort: '-createdAt',
      search: '91150203',
      streetCode: '150203001',
      businessFormat: 'ElderlyCare',
      status: 'Recognised',
      isEmployeeBased: true,
      isAllianceMember: false,
      title: 'Top100Top10',
    });
  });

  it('drops blanks and unanswered yes/no questions', () => {
    expect(toInstitutionsFilters({ search: '  ', streetCode: '' })).toEqual({
      search: undefined,
      streetCode: undefined,
      businessFormat: undefined,
      status: undefined,
      isEmployeeBased: undefined,
      isAllianceMember: undefined,
      title: undefined,
    });
  });
});
