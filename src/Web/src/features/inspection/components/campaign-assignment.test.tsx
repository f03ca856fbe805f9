import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

const campaign = {
  id: 'c-1', year: 2026, objectType: 'Institution', name: '2026年度家庭服务机构年检复核', templateId: 'tpl-1', taskCount: 3,
  counts: { pending: 2, passed: 1, rectify: 0, failed: 0, escalated: 0 }, createdAt: '2026-01-01T00:00:00Z',
};
const task = (id: string, name: string, status: string) => ({
  id, campaignId: 'c-1', year: 2026, objectType: 'Institution', objectId: `o-${id}`, objectName: name, institutionId: `o-${id}`,
  streetCode: '150203001', status, score: null, findings: null, inspectedOn: null, rectifyBy: null, outcomeBy: null, outcomeAt: null,
  escalatedAt: null, inspectors: [], items: [], version: 'v1',
});
const tasks = [task('t-1', '甲家政', 'Pending'), task('t-2', '乙家政', 'Pending'), task('t-3', '丙家政', 'Passed')];

describe('campaign board: inspector assignment', () => {
  it('assigns the chosen inspectors to every selected open task and reports a task that refused', async () => {
    signIn();
    const api = mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
      'GET /api/v1/inspection/campaigns': () => json({ items: [campaign], total: 1, page: 1, pageSize: 50 }),
      'GET /api/v1/inspection/campaigns/c-1/progress': () => json({ campaignId: 'c-1', total: 3, done: 1, streets: [] }),
      'GET /api/v1/inspection/tasks': () => json({ items: tasks, total: 3, page: 1, pageSize: 20 }),
      'GET /api/v1/identity/inspectors': () =>
        json([
          { id: 'u-1', userName: 'insp1', displayName: '检查员甲' },
          { id: 'u-2', userName: 'insp2', displayName: '检查员乙' },
        ]),
      'PUT /api/v1/inspection/tasks/t-1/inspectors': () => json(tasks[0]),
      'PUT /api/v1/inspection/tasks/t-2/inspectors': () => json({ title: '该任务已有最终结论。', status: 409, code: 'task_closed' }, 409),
    });
    renderApp('/inspection/campaigns');
    const table = await screen.findByTestId('tasks-table', {}, { timeout: 10_000 });
    await within(table).findByText('甲家政');
    const boxes = within(table).getAllByRole('checkbox');
    // The header box, then one per row; the final (合格) task cannot be selected.
    expect(boxes[3]).toBeDisabled();
    fireEvent.click(boxes[1]!);
    fireEvent.click(boxes[2]!);
    fireEvent.click(screen.getByTestId('assign-open'));
    const select = await screen.findByTestId('assign-inspectors');
    fireEvent.mouseDown(within(select).getByRole('combobox'));
    fireEvent.click(await screen.findByText('检查员甲'));
    fireEvent.click(await screen.findByText('检查员乙'));
    fireEvent.click(screen.getByTestId('assign-submit'));

    await waitFor(() => expect(api.requests('PUT /api/v1/inspection/tasks/t-2/inspectors')).toHaveLength(1), { timeout: 10_000 });
    expect(await api.requests('PUT /api/v1/inspection/tasks/t-1/inspectors')[0]!.json()).toEqual({
      inspectors: [{ userId: 'u-1', name: '检查员甲' }, { userId: 'u-2', name: '检查员乙' }],
    });
    expect(await screen.findByText('该任务已有最终结论。')).toBeInTheDocument();
    expect(within(screen.getByRole('dialog')).getByText('乙家政')).toBeInTheDocument();
  });
});
