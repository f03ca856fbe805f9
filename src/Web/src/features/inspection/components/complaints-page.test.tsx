import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

const complaint = {
  id: 'c-1', institutionId: 'i-1', institutionName: '昆区巾帼家政服务有限公司', streetCode: '150203001', workerId: null, workerName: '王某',
  serviceReference: 'ORD-1', source: 'Hotline12345', receivedOn: '2026-11-20', content: '服务人员迟到两小时', handlingOfficer: '张科员',
  status: 'Open', outcome: null, closedOn: null, conclusion: null, closedBy: null, createdBy: 'admin', createdAt: '2026-11-20T02:00:00Z',
  followUpCount: 1,
  followUps: [{ id: 'f-1', actionOn: '2026-11-21', action: '电话联系投诉人核实', recordedBy: '张科员', recordedAt: '2026-11-21T02:00:00Z' }],
};
const page = (items: unknown[]) => ({ items, total: items.length, page: 1, pageSize: 20 });

describe('complaints page', () => {
  it('lists complaints, opens the follow-up timeline and closes a complaint as substantiated', async () => {
    signIn();
    const api = mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
      'GET /api/v1/inspection/complaints': () => json(page([{ ...complaint, followUps: [] }])),
      'GET /api/v1/inspection/complaints/c-1': () => json(complaint),
      'POST /api/v1/inspection/complaints/c-1/close': () => json({ ...complaint, status: 'Closed', outcome: 'Substantiated', closedOn: '2026-11-28', conclusion: '属实' }),
    });
    renderApp('/inspection/complaints');
    fireEvent.click(await screen.findByTestId('complaint-c-1', {}, { timeout: 10_000 }));
    expect(await screen.findByText(/电话联系投诉人核实/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: '属实' }));
    expect(await screen.findByText('投诉属实将记入机构诚信档案并重新评定信用等级。')).toBeInTheDocument();
    fireEvent.change(screen.getByTestId('close-conclusion'), { target: { value: '经核实属实' } });
    fireEvent.click(screen.getByTestId('close-submit'));
    await waitFor(() => expect(api.requests('POST /api/v1/inspection/complaints/c-1/close')).toHaveLength(1), { timeout: 10_000 });
    const body = await api.requests('POST /api/v1/inspection/complaints/c-1/close')[0].json();
    expect(body).toMatchObject({ outcome: 'Substantiated', conclusion: '经核实属实' });
  });

  it('shows the empty state and hides registration from readers', async () => {
    signIn();
    mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['Auditor'] })),
      'GET /api/v1/inspection/complaints': () => json(page([])),
    });
    renderApp('/inspection/complaints');
    expect(await screen.findByText('暂无投诉', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByTestId('complaint-create')).not.toBeInTheDocument();
  });

  it('shows an error with a retry when the list fails', async () => {
    signIn();
    mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
      'GET /api/v1/inspection/complaints': () => json({ title: 'Server error', status: 500 }, 500),
    });
    renderApp('/inspection/complaints');
    expect(await screen.findByRole('button', { name: /重\s*试/ }, { timeout: 10_000 })).toBeInTheDocument();
  });
});
