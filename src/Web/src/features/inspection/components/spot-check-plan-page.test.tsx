import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

const seed = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
const planned = {
  id: 'p-1', name: '2026年度双随机抽查', year: 2026, population: 'Institutions', seed, seedRecordedAt: '2026-03-01T02:00:00Z',
  rates: { a: 50, b: 100, c: 200, d: 500 }, inspectorsPerObject: 2, recuseSameStreet: true, status: 'Planned', populationSize: 0,
  drawnAt: null, drawnBy: null,
  pool: [
    { userId: 'u-1', name: '检查员甲', streetCode: '150203001', conflictInstitutionIds: [] },
    { userId: 'u-2', name: '检查员乙', streetCode: null, conflictInstitutionIds: [] },
    { userId: 'u-3', name: '检查员丙', streetCode: null, conflictInstitutionIds: [] },
  ],
  checks: [], drawLog: [], algorithm: 'HMAC-SHA256(seed, "object:" + id)',
};
const check = {
  id: 'c-1', planId: 'p-1', objectId: 'i-1', objectName: '昆区巾帼家政服务有限公司', streetCode: '150203001', creditClass: 'B', rank: 'ab',
  result: 'Pending', findings: null, checkedOn: null, resultBy: null, version: 'v1',
  inspectors: [{ userId: 'u-2', name: '检查员乙' }, { userId: 'u-3', name: '检查员丙' }],
};
const drawn = {
  ...planned, status: 'Drawn', populationSize: 12, drawnAt: '2026-03-02T02:00:00Z', drawnBy: 'admin', checks: [check],
  drawLog: [{ sequence: 1, objectId: 'i-1', recusedUserId: 'u-1', reason: '同一街镇回避 (same street)', replacedByUserId: 'u-3' }],
};
const me = () => json(makeUser({ roles: ['DistrictOfficer'] }));

describe('spot-check plan page', () => {
  it('shows the recorded seed before the draw, draws, and lists drawn objects with their inspectors and the logged redraw', async () => {
    signIn();
    const api = mockFetch({
      'GET /api/v1/auth/me': me,
      'GET /api/v1/inspection/spot-checks/plans/p-1': () => json(api.requests('POST /api/v1/inspection/spot-checks/plans/p-1/draw').length ? drawn : planned),
      'POST /api/v1/inspection/spot-checks/plans/p-1/draw': () => json(drawn),
    });
    renderApp('/inspection/spot-checks/p-1');
    expect(await screen.findByTestId('plan-seed-value', {}, { timeout: 10_000 })).toHaveTextContent(seed);
    expect(screen.getByTestId('plan-status')).toHaveTextContent('待抽取');
    expect(screen.queryByTestId('spot-checks-table')).not.toBeInTheDocument();

    fireEvent.click(screen.getByTestId('draw'));
    fireEvent.click(await screen.findByTestId('draw-confirm'));
    const table = await screen.findByTestId('spot-checks-table', {}, { timeout: 10_000 });
    expect(api.requests('POST /api/v1/inspection/spot-checks/plans/p-1/draw')).toHaveLength(1);
    expect(within(table).getByText('昆区巾帼家政服务有限公司')).toBeInTheDocument();
    expect(within(table).getByText('检查员乙、检查员丙')).toBeInTheDocument();
    const log = screen.getByTestId('draw-log');
    expect(within(log).getByText('检查员甲')).toBeInTheDocument();
    expect(within(log).getByText('同一街镇回避 (same street)')).toBeInTheDocument();
    expect(screen.getByTestId('plan-seed-value')).toHaveTextContent(seed);
  });

  it('records a discrepancy with its findings', async () => {
    signIn();
    const api = mockFetch({
      'GET /api/v1/auth/me': me,
      'GET /api/v1/inspection/spot-checks/plans/p-1': () => json(drawn),
      'POST /api/v1/inspection/spot-checks/checks/c-1/result': () => json({ ...check, result: 'Discrepancy', findings: '服务记录不符' }),
    });
    renderApp('/inspection/spot-checks/p-1');
    fireEvent.click(await screen.findByTestId('record-i-1', {}, { timeout: 10_000 }));
    fireEvent.click(await screen.findByText('不实'));
    fireEvent.change(screen.getByTestId('result-findings'), { target: { value: '服务记录不符' } });
    fireEvent.click(screen.getByTestId('result-submit'));
    await waitFor(() => expect(api.requests('POST /api/v1/inspection/spot-checks/checks/c-1/result')).toHaveLength(1), { timeout: 10_000 });
    expect(await api.requests('POST /api/v1/inspection/spot-checks/checks/c-1/result')[0]!.json()).toEqual({
      result: 'Discrepancy', findings: '服务记录不符', checkedOn: null,
    });
  });

  it('says when the plan does not exist, and shows an error with retry otherwise', async () => {
    signIn();
    mockFetch({ 'GET /api/v1/auth/me': me });
    const { unmount } = renderApp('/inspection/spot-checks/p-9');
    expect(await screen.findByText('抽查计划不存在', {}, { timeout: 10_000 })).toBeInTheDocument();
    unmount();
    mockFetch({ 'GET /api/v1/auth/me': me, 'GET /api/v1/inspection/spot-checks/plans/p-1': () => json({ title: '服务暂不可用', status: 503 }, 503) });
    renderApp('/inspection/spot-checks/p-1');
    expect(await screen.findByText('服务暂不可用', {}, { timeout: 10_000 })).toBeInTheDocument();
  });
});

describe('spot-check plans page', () => {
  it('lists plans, shows the empty state, and creates a plan with the chosen inspectors as the pool', async () => {
    signIn();
    const api = mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['Admin'] })),
      'GET /api/v1/inspection/spot-checks/plans': () => json({ items: [], total: 0, page: 1, pageSize: 20 }),
      'GET /api/v1/identity/inspectors': () =>
        json([
          { id: 'u-1', userName: 'insp1', displayName: '检查员甲', streetCode: '150203001', institutionId: null },
          { id: 'u-2', userName: 'insp2', displayName: '检查员乙', streetCode: null, institutionId: null },
        ]),
      'POST /api/v1/inspection/spot-checks/plans': () => json(planned, 201),
      'GET /api/v1/inspection/spot-checks/plans/p-1': () => json(planned),
    });
    const { router } = renderApp('/inspection/spot-checks');
    expect(await within(await screen.findByTestId('spot-check-plans', {}, { timeout: 10_000 })).findByText('尚无抽查计划')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('spot-check-create'));
    const select = await screen.findByTestId('plan-inspectors');
    fireEvent.mouseDown(within(select).getByRole('combobox'));
    fireEvent.click(await screen.findByText('检查员甲 · 150203001'));
    fireEvent.click(await screen.findByText('检查员乙'));
    fireEvent.click(screen.getByTestId('spot-check-submit'));
    await waitFor(() => expect(api.requests('POST /api/v1/inspection/spot-checks/plans')).toHaveLength(1), { timeout: 10_000 });
    const body = await api.requests('POST /api/v1/inspection/spot-checks/plans')[0]!.json();
    expect(body).toMatchObject({ population: 'Institutions', rates: { a: 50, b: 100, c: 200, d: 500 }, inspectorsPerObject: 2, recuseSameStreet: true, seed: null });
    expect(body.inspectors).toEqual([
      { userId: 'u-1', name: '检查员甲', streetCode: '150203001', conflictInstitutionIds: [] },
      { userId: 'u-2', name: '检查员乙', streetCode: null, conflictInstitutionIds: [] },
    ]);
    await waitFor(() => expect(router.state.location.pathname).toBe('/inspection/spot-checks/p-1'));
  });
});
