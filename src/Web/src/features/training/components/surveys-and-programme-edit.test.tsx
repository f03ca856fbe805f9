import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { makeUser } from '@/testing/users';
import type { Programme } from '../api/programmes';
import type { Survey } from '../api/surveys';
import { ProgrammesPage } from './programmes-page';
import { SurveysPage } from './surveys-page';

const catalogs = {
  'GET /api/v1/training/categories': () => json([{ code: 'PreJob', name: '岗前培训' }, { code: 'SkillUpgrade', name: '技能提升' }]),
  'GET /api/v1/training/streets': () => json([{ code: '150203001', name: '少先路街道' }, { code: '150203002', name: '钢铁大街街道' }]),
};

const survey = (overrides: Partial<Survey> = {}): Survey => ({
  id: 'sv-1',
  streetCode: '150203001',
  surveyedOn: '2026-03-02',
  respondentType: 'Household',
  respondentCount: 80,
  willingCount: 20,
  categories: ['PreJob'],
  notes: '入户调查',
  createdBy: '街道干部',
  createdAt: '2026-03-02T02:00:00Z',
  ...overrides,
});

const page = <T,>(items: T[]) => json({ items, total: items.length, page: 1, pageSize: 20 });

describe('training-needs surveys (培训意愿调查)', () => {
  it('lists the surveys with the willing share, and a street officer records one for their own street', async () => {
    let items = [survey()];
    const { requests } = mockFetch({
      ...catalogs,
      'GET /api/v1/training/surveys': () => page(items),
      'POST /api/v1/training/surveys': async (request) => {
        const body = (await request.json()) as Survey;
        items = [{ ...survey({ id: 'sv-2' }), ...body }, ...items];
        return json(items[0], 201);
      },
    });
    renderWithProviders(<SurveysPage />, '/', makeUser({ roles: ['StreetOfficer'], streetCode: '150203001' }));
    expect(await screen.findByTestId('survey-willing')).toHaveTextContent('20（25.0%）');
    expect(await screen.findByText('少先路街道')).toBeInTheDocument();
    expect(screen.getByText('居民家庭')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByTestId('create-survey'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByTestId('survey-respondents'), '40');
    await user.type(within(dialog).getByTestId('survey-willing-input'), '41');
    await user.click(within(dialog).getByTestId('survey-form-submit'));
    expect(await within(dialog).findByText('有培训意愿人数不能超过调查人数')).toBeInTheDocument();
    expect(requests('POST /api/v1/training/surveys')).toHaveLength(0);

    await user.clear(within(dialog).getByTestId('survey-willing-input'));
    await user.type(within(dialog).getByTestId('survey-willing-input'), '12');
    await user.type(within(dialog).getByTestId('survey-notes'), '求职者座谈');
    await user.click(within(dialog).getByTestId('survey-form-submit'));
    await waitFor(() => expect(requests('POST /api/v1/training/surveys')).toHaveLength(1));
    const sent = (await requests('POST /api/v1/training/surveys')[0]!.json()) as Record<string, unknown>;
    expect(sent).toMatchObject({ streetCode: '150203001', respondentType: 'Household', respondentCount: 40, willingCount: 12, categories: [], notes: '求职者座谈' });
    expect(sent.surveyedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await waitFor(() => expect(screen.getAllByTestId('survey-willing')).toHaveLength(2));
  });

  it('shows the empty state, and no create button to a reader', async () => {
    mockFetch({ ...catalogs, 'GET /api/v1/training/surveys': () => page([]) });
    renderWithProviders(<SurveysPage />, '/', makeUser({ roles: ['Auditor'] }));
    expect(await screen.findByText('暂无调查记录')).toBeInTheDocument();
    expect(screen.queryByTestId('create-survey')).not.toBeInTheDocument();
  });

  it('shows an error with a retry when the list fails', async () => {
    mockFetch({ ...catalogs, 'GET /api/v1/training/surveys': () => json({ title: 'Server error', status: 500 }, 500) });
    renderWithProviders(<SurveysPage />, '/', makeUser({ roles: ['DistrictOfficer'] }));
    expect(await screen.findByRole('button', { name: /重\s*试/ })).toBeInTheDocument();
  });
});

const programme = (overrides: Partial<Programme> = {}): Programme =>
  ({
    id: 'p-1',
    name: '家政服务员岗前培训',
    category: 'PreJob',
    categoryName: '岗前培训',
    providerInstitutionId: 'i-1',
    providerName: '鹿城职业培训学校',
    providerIsTrainingBase: true,
    requiredHours: 40,
    activeFromYear: 2025,
    activeToYear: null,
    description: null,
    subsidyStandards: [],
    createdAt: '2025-01-01T00:00:00Z',
    version: 'v7',
    ...overrides,
  }) as Programme;

describe('editing a programme (编辑培训项目)', () => {
  it('sends the edited fields with the version as If-Match, and shows the hours refusal on the field', async () => {
    let attempt = 0;
    const { requests } = mockFetch({
      ...catalogs,
      'GET /api/v1/training/programmes': () => page([programme()]),
      'GET /api/v1/registry/institutions': () => page([]),
      'PUT /api/v1/training/programmes/p-1': () =>
        ++attempt === 1
          ? json({ title: 'Conflict', status: 409, code: 'hours_locked', detail: '已有培训班开班，结业学时不能再修改。', errors: { requiredHours: ['已有培训班开班，结业学时不能再修改。'] } }, 409)
          : json(programme({ name: '家政服务员技能提升', version: 'v8' })),
    });
    renderWithProviders(<ProgrammesPage />, '/', makeUser({ roles: ['DistrictOfficer'] }));
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('edit-programme-p-1'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('programme-edit-hours')).toHaveValue('40');
    await user.clear(within(dialog).getByTestId('programme-edit-name'));
    await user.type(within(dialog).getByTestId('programme-edit-name'), '家政服务员技能提升');
    await user.clear(within(dialog).getByTestId('programme-edit-hours'));
    await user.type(within(dialog).getByTestId('programme-edit-hours'), '48');
    await user.type(within(dialog).getByTestId('programme-edit-to'), '2027');
    await user.click(within(dialog).getByTestId('programme-edit-submit'));

    await waitFor(() => expect(requests('PUT /api/v1/training/programmes/p-1')).toHaveLength(1));
    const first = requests('PUT /api/v1/training/programmes/p-1')[0]!;
    expect(first.headers.get('If-Match')).toBe('"v7"');
    expect(await first.json()).toEqual({
      name: '家政服务员技能提升', category: 'PreJob', providerInstitutionId: 'i-1', requiredHours: 48, activeFromYear: 2025, activeToYear: 2027, description: null,
    });
    const hours = within(dialog).getByTestId('programme-edit-hours').closest('.ant-form-item') as HTMLElement;
    await waitFor(() => expect(hours).toHaveTextContent('已有培训班开班，结业学时不能再修改。'));

    await user.clear(within(dialog).getByTestId('programme-edit-hours'));
    await user.type(within(dialog).getByTestId('programme-edit-hours'), '40');
    await user.click(within(dialog).getByTestId('programme-edit-submit'));
    await waitFor(() => expect(requests('PUT /api/v1/training/programmes/p-1')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByTestId('programme-edit-submit')).not.toBeInTheDocument());
  });

  it('offers the edit to the district only', async () => {
    mockFetch({ ...catalogs, 'GET /api/v1/training/programmes': () => page([programme()]) });
    renderWithProviders(<ProgrammesPage />, '/', makeUser({ roles: ['StreetOfficer'], streetCode: '150203001' }));
    expect(await screen.findByText('家政服务员岗前培训')).toBeInTheDocument();
    expect(screen.queryByTestId('edit-programme-p-1')).not.toBeInTheDocument();
  });
});
