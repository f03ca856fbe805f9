import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

// ECharts needs a canvas; the chart itself is exercised in the browser tests.
vi.mock('./progress-chart', () => ({ ProgressChart: () => <div data-testid="progress-chart" /> }));

const progress = {
  year: 2026, target: 2000, trained: 1400, percent: 70, certified: 800, enrolled: 1600,
  byCategory: [{ code: 'PreJob', name: '岗前培训', trained: 900 }, { code: 'Manager', name: '经理人培训', trained: 500 }],
  byStreet: [{ code: '150203001', name: '少先路街道', trained: 1400 }],
  byMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, trained: i < 10 ? 140 : 0, cumulative: Math.min(i + 1, 10) * 140 })),
};

describe('training target progress', () => {
  it('shows the target, completions and the breakdowns', async () => {
    signIn();
    mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
      'GET /api/v1/training/progress': () => json(progress),
    });
    renderApp('/training/progress');
    await screen.findByTestId('side-menu', {}, { timeout: 10_000 });
    expect(await screen.findByText('70%', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(await screen.findByTestId('progress-chart')).toBeInTheDocument();
    expect(screen.getByText('经理人培训')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('1,400')).toBeInTheDocument());
  });

  it('shows an error with a retry when the statistics fail', async () => {
    signIn();
    mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
      'GET /api/v1/training/progress': () => json({ title: 'Server error', status: 500 }, 500),
    });
    renderApp('/training/progress');
    expect(await screen.findByRole('button', { name: /重\s*试/ }, { timeout: 10_000 })).toBeInTheDocument();
  });
});
