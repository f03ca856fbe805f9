import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

const year = new Date().getFullYear();
const result = (id: string, name: string, total: number, rank: number, excellent: boolean) => ({
  year, institutionId: id, institutionName: name, streetCode: '150203001', inspectionScore: 100, inspectionComponent: 100,
  substantiatedComplaints: 0, complaintComponent: 100, evaluationCount: 2, evaluationAverage: 5, evaluationComponent: 100, checksConfirmed: 1,
  checksDiscrepancy: 0, verificationComponent: 100, total, rank, excellent,
});
const ranking = {
  run: { year, computedAt: '2026-11-28T02:00:00Z', computedBy: 'admin', parameters: 'weights 40/20/20/20', institutionCount: 2, excellentCount: 1 },
  items: [result('i-1', '优秀家政', 100, 1, true), result('i-2', '普通家政', 84, 2, false)],
  total: 2, page: 1, pageSize: 50,
};

describe('performance page', () => {
  it('shows the ranking with components and the excellent tag, and evaluates the year again', async () => {
    signIn();
    const api = mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
      [`GET /api/v1/inspection/performance/${year}`]: () => json(ranking),
      [`POST /api/v1/inspection/performance/${year}/run`]: () => json(ranking.run),
    });
    renderApp('/inspection/performance');
    expect(await screen.findByTestId('excellent-i-1', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByTestId('excellent-i-2')).not.toBeInTheDocument();
    expect(screen.getByText('84.00')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('performance-run'));
    await waitFor(() => expect(api.requests(`POST /api/v1/inspection/performance/${year}/run`)).toHaveLength(1), { timeout: 10_000 });
  });

  it('says when the year is not evaluated and hides the run button from readers', async () => {
    signIn();
    mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['Auditor'] })),
      [`GET /api/v1/inspection/performance/${year}`]: () => json({ title: 'Not Found', status: 404 }, 404),
    });
    renderApp('/inspection/performance');
    expect(await screen.findByTestId('performance-not-run', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByTestId('performance-run')).not.toBeInTheDocument();
  });

  it('shows an error with a retry when the ranking fails', async () => {
    signIn();
    mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
      [`GET /api/v1/inspection/performance/${year}`]: () => json({ title: 'Server error', status: 500 }, 500),
    });
    renderApp('/inspection/performance');
    expect(await screen.findByRole('button', { name: /重\s*试/ }, { timeout: 10_000 })).toBeInTheDocument();
  });
});
