import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

const visit = {
  id: 'v-1', institutionId: 'i-1', institutionName: '昆区巾帼家政服务有限公司', streetCode: '150203001', workerId: null, workerName: null,
  visitedOn: '2026-11-10', visitors: '张三, 李四', findings: '健康证过期两人', followUpRequired: true, followUpDue: '2026-11-20',
  followUpDoneOn: null, followUpNote: null, followUpBy: null, followUpOverdue: true, createdBy: 'admin', createdAt: '2026-11-10T02:00:00Z',
};
const page = (items: unknown[]) => ({ items, total: items.length, page: 1, pageSize: 20 });

describe('field visits page', () => {
  it('shows an overdue follow-up and records it as done', async () => {
    signIn();
    const api = mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['StreetOfficer'] })),
      'GET /api/v1/inspection/field-visits': () => json(page([visit])),
      'POST /api/v1/inspection/field-visits/v-1/follow-up': () => json({ ...visit, followUpDoneOn: '2026-11-28', followUpOverdue: false }),
    });
    renderApp('/inspection/field-visits');
    expect(await screen.findByText('逾期未跟进', {}, { timeout: 10_000 })).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('visit-complete-v-1'));
    fireEvent.change(await screen.findByTestId('visit-follow-up-text'), { target: { value: '已补办健康证' } });
    fireEvent.click(screen.getByTestId('visit-follow-up-ok'));
    await waitFor(() => expect(api.requests('POST /api/v1/inspection/field-visits/v-1/follow-up')).toHaveLength(1), { timeout: 10_000 });
    expect(await api.requests('POST /api/v1/inspection/field-visits/v-1/follow-up')[0].json()).toEqual({ note: '已补办健康证' });
  });

  it('shows the empty state', async () => {
    signIn();
    mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
      'GET /api/v1/inspection/field-visits': () => json(page([])),
    });
    renderApp('/inspection/field-visits');
    expect(await screen.findByText('暂无走访记录', {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('shows an error with a retry when the list fails', async () => {
    signIn();
    mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
      'GET /api/v1/inspection/field-visits': () => json({ title: 'Server error', status: 500 }, 500),
    });
    renderApp('/inspection/field-visits');
    expect(await screen.findByRole('button', { name: /重\s*试/ }, { timeout: 10_000 })).toBeInTheDocument();
  });
});
