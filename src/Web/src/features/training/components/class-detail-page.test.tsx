import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, type Handler } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

const catalogs: Record<string, Handler> = {
  'GET /api/v1/training/categories': () => json([{ code: 'PreJob', name: '岗前培训' }]),
  'GET /api/v1/training/trainee-categories': () => json([{ code: 'Unemployed', name: '失业人员' }]),
  'GET /api/v1/training/skill-levels': () => json([{ code: 'Level5', name: '五级/初级工' }]),
  'GET /api/v1/training/streets': () => json([{ code: '150203001', name: '少先路街道' }]),
};

function makeClass(status: string, overrides: Record<string, unknown> = {}) {
  return {
    id: 'c-1', programmeId: 'p-1', programmeName: '家政服务员岗前培训', category: 'PreJob', requiredHours: 8, institutionId: 'i-1',
    providerName: '包头市安心家政', name: '第1期', startDate: '2026-11-20', endDate: '2026-11-30', location: '培训中心', capacity: 30,
    enrolled: 2, seatsLeft: 28, teacher: '李老师', status, statusReason: null, completedAt: null, createdAt: '2026-11-01T00:00:00Z',
    version: 'v1', ...overrides,
  };
}

const enrollment = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id, classId: 'c-1', traineeId: `t-${id}`, name, idNumberMasked: '150203********1234', phoneMasked: null, category: 'Unemployed',
  streetCode: '150203001', registryWorkerId: null, status: 'Enrolled', attendedHours: 0, completedOn: null, assessmentResult: null,
  skillLevel: null, certificateNumber: null, assessedOn: null, certificateCode: null, certificateStatus: null,
  enrolledAt: '2026-11-01T00:00:00Z', withdrawnAt: null, withdrawnReason: null, ...extra,
});

const sheet = {
  classId: 'c-1', requiredHours: 8, sessions: ['2026-11-20'],
  rows: [
    { enrollmentId: 'e-1', traineeId: 't-1', name: '王秀英', idNumberMasked: 'x', status: 'Enrolled', attendedHours: 4, reachedRequirement: false, hours: [{ date: '2026-11-20', hours: 4 }] },
    { enrollmentId: 'e-2', traineeId: 't-2', name: '李桂兰', idNumberMasked: 'x', status: 'Enrolled', attendedHours: 0, reachedRequirement: false, hours: [] },
  ],
};

async function openClass(status: string, routes: Record<string, Handler> = {}, roles = ['DistrictOfficer']) {
  signIn();
  const mock = mockFetch({
    ...catalogs,
    'GET /api/v1/auth/me': () => json(makeUser({ roles })),
    'GET /api/v1/training/classes/c-1': () => json(makeClass(status)),
    'GET /api/v1/training/classes/c-1/enrollments': () => json([enrollment('e-1', '王秀英'), enrollment('e-2', '李桂兰')]),
    'GET /api/v1/training/classes/c-1/attendance': () => json(sheet),
    ...routes,
  });
  const view = renderApp('/training/classes/c-1');
  await screen.findByTestId('side-menu', {}, { timeout: 10_000 });
  await waitFor(() => expect(screen.queryByTestId('page-loading')).not.toBeInTheDocument(), { timeout: 10_000 });
  return { ...mock, ...view };
}

describe('class page', () => {
  it('shows the class, its seats and roster, and only the actions its state allows', async () => {
    await openClass('Open');
    expect(await screen.findByTestId('class-name')).toHaveTextContent('第1期');
    expect(screen.getByTestId('class-seats')).toHaveTextContent('2/30');
    expect(screen.getByTestId('class-status')).toHaveTextContent('报名中');
    expect(await within(screen.getByTestId('roster-table')).findByText('王秀英')).toBeInTheDocument();
    expect(screen.getByTestId('class-action-start')).toBeInTheDocument();
    expect(screen.queryByTestId('class-action-complete')).not.toBeInTheDocument();
    expect(screen.getByTestId('enroll-trainee')).toBeInTheDocument();
  });

  it('gives street officers no changes', async () => {
    await openClass('Open', {}, ['StreetOfficer']);
    expect(await screen.findByTestId('class-name')).toBeInTheDocument();
    expect(screen.queryByTestId('class-action-start')).not.toBeInTheDocument();
    expect(screen.queryByTestId('enroll-trainee')).not.toBeInTheDocument();
  });

  it('puts the API field error of an enrollment under the ID number field', async () => {
    await openClass('Open', {
      'POST /api/v1/training/classes/c-1/enrollments': () =>
        json({ title: 'Conflict', status: 409, code: 'overlapping_class', errors: { idNumber: ['该人员已报名时间重叠的其他培训班。'] } }, 409),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('enroll-trainee'));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByTestId('enroll-id-number'), '150203199001011237');
    await user.type(within(dialog).getByTestId('enroll-name'), '赵丽');
    await user.click(within(dialog).getByTestId('enroll-category').querySelector('input')!);
    await user.click(await screen.findByTitle('失业人员'));
    await user.click(screen.getByTestId('enroll-submit'));
    expect(await within(dialog).findByText('该人员已报名时间重叠的其他培训班。')).toBeInTheDocument();
  });

  it('records a session for the whole class with one bulk value', async () => {
    const { requests } = await openClass('InProgress', { 'PUT /api/v1/training/classes/c-1/attendance': () => json(sheet) });
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: '考勤' }));
    await user.type(await screen.findByTestId('attendance-fill-value'), '3.5');
    await user.click(screen.getByTestId('attendance-fill-all'));
    await user.click(screen.getByTestId('attendance-save'));
    await waitFor(() => expect(requests('PUT /api/v1/training/classes/c-1/attendance')).toHaveLength(1));
    const body = await requests('PUT /api/v1/training/classes/c-1/attendance')[0].json();
    expect(body.entries).toEqual([
      { enrollmentId: 'e-1', hours: 3.5 },
      { enrollmentId: 'e-2', hours: 3.5 },
    ]);
  });

  it('shows a not-found page for a class outside the scope', async () => {
    await openClass('Open', { 'GET /api/v1/training/classes/c-1': () => json({ title: 'Not Found', status: 404 }, 404) });
    expect(await screen.findByText('培训班不存在')).toBeInTheDocument();
  });
});
