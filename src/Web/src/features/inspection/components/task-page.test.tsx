import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

const task = {
  id: 't-1', campaignId: 'c-1', year: 2026, objectType: 'Institution', objectId: 'i-1', objectName: '昆区巾帼家政服务有限公司',
  institutionId: 'i-1', streetCode: '150203001', status: 'Pending', score: null, findings: null, inspectedOn: null, rectifyBy: null,
  outcomeBy: null, outcomeAt: null, escalatedAt: null, inspectors: [{ userId: 'u-1', name: '检查员甲' }],
  items: [
    { itemId: 'a', position: 1, title: '资质证照', weight: 60, evidence: '营业执照', points: null, note: null },
    { itemId: 'b', position: 2, title: '投诉处理', weight: 40, evidence: '投诉登记簿', points: null, note: null },
  ],
  version: 'v1',
};

describe('inspection task page', () => {
  it('lets an inspector score each item and record 不合格, sending every item once', async () => {
    signIn();
    const api = mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['Inspector'] })),
      'GET /api/v1/inspection/tasks/t-1': () => json(task),
      'POST /api/v1/inspection/tasks/t-1/outcome': () => json({ ...task, status: 'Failed', score: 70 }),
    });
    renderApp('/inspection/tasks/t-1');
    const points = await screen.findByTestId('points-2', {}, { timeout: 10_000 });
    expect(screen.getByText(/投诉登记簿/)).toBeInTheDocument();
    fireEvent.change(points, { target: { value: '10' } });
    fireEvent.click(screen.getByText('不合格'));
    fireEvent.change(await screen.findByTestId('findings'), { target: { value: '投诉处理记录缺失' } });
    fireEvent.click(screen.getByTestId('outcome-submit'));

    await waitFor(() => expect(api.requests('POST /api/v1/inspection/tasks/t-1/outcome')).toHaveLength(1), { timeout: 10_000 });
    const body = await api.requests('POST /api/v1/inspection/tasks/t-1/outcome')[0].json();
    expect(body.outcome).toBe('Failed');
    expect(body.findings).toBe('投诉处理记录缺失');
    expect(body.itemScores).toEqual([
      { itemId: 'a', points: 60, note: null },
      { itemId: 'b', points: 10, note: null },
    ]);
  });

  it('says the task is not found or not assigned on a 404', async () => {
    signIn();
    mockFetch({ 'GET /api/v1/auth/me': () => json(makeUser({ roles: ['Inspector'] })) });
    renderApp('/inspection/tasks/t-2');
    expect(await screen.findByText('该任务不存在，或未指派给您。', {}, { timeout: 10_000 })).toBeInTheDocument();
  });
});
