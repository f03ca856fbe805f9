import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

const institution = {
  id: 'i-1', name: '昆区巾帼家政服务有限公司', creditCode: '91150203MA0N000001', streetCode: '150203001', streetName: '少先路街道',
  status: 'Active', statusReason: null, businessFormats: ['Housekeeping'], version: 'v1',
};
const record = {
  profile: {
    institutionId: 'i-1', institutionName: institution.name, creditClass: 'C', score: 70, redList: false, blackList: true, entryCount: 2,
    reasons: ['基础分 100', '抽查不实 −15', '年检不合格 −15'], updatedAt: '2026-03-05T00:00:00Z',
  },
  entries: [
    { id: 'e-2', kind: 'SpotCheckDiscrepancy', points: -15, summary: '2026年度双随机抽查：抽查不实', sourceType: 'SpotCheck', sourceId: 'c-1', occurredOn: '2026-03-05', recordedBy: 'admin', recordedAt: '2026-03-05T00:00:00Z' },
    { id: 'e-1', kind: 'InspectionFailed', points: -15, summary: '2025年度年检复核：不合格', sourceType: 'InspectionTask', sourceId: 't-1', occurredOn: '2025-11-01', recordedBy: 'admin', recordedAt: '2025-11-01T00:00:00Z' },
  ],
};

function routes(integrity: () => Response) {
  return {
    'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
    'GET /api/v1/registry/institutions/i-1': () => json(institution, 200, { ETag: '"v1"' }),
    'GET /api/v1/inspection/integrity/i-1': integrity,
  };
}

describe('integrity record tab on the institution page', () => {
  it('shows the credit class with its reasons, the black list and the entries', async () => {
    signIn();
    mockFetch(routes(() => json(record)));
    renderApp('/registry/institutions/i-1?tab=integrity');
    const timeline = await screen.findByTestId('integrity-timeline', {}, { timeout: 10_000 });
    expect(within(timeline).getByTestId('integrity-class')).toHaveTextContent('C');
    expect(within(timeline).getByTestId('integrity-score')).toHaveTextContent('70');
    expect(within(timeline).getByTestId('integrity-black-list')).toBeInTheDocument();
    expect(within(timeline).getByText('抽查不实 −15')).toBeInTheDocument();
    const entries = within(timeline).getAllByTestId('integrity-entry');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent('抽查不实');
    expect(entries[0]).toHaveTextContent('2026年度双随机抽查：抽查不实');
  });

  it('shows the empty state and the error state', async () => {
    signIn();
    mockFetch(routes(() => json({ profile: { ...record.profile, creditClass: 'B', score: 100, blackList: false, entryCount: 0, reasons: [] }, entries: [] })));
    const { unmount } = renderApp('/registry/institutions/i-1?tab=integrity');
    expect(await screen.findByText('尚无诚信记录', {}, { timeout: 10_000 })).toBeInTheDocument();
    unmount();
    mockFetch(routes(() => json({ title: '服务暂不可用', status: 503 }, 503)));
    renderApp('/registry/institutions/i-1?tab=integrity');
    expect(await screen.findByText('服务暂不可用', {}, { timeout: 10_000 })).toBeInTheDocument();
  });
});
