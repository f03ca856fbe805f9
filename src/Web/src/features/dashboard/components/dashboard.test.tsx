import dayjs from 'dayjs';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { registryCatalogRoutes } from '@/testing/registry';
import { renderApp } from '@/testing/render';
import { makeUser, signIn } from '@/testing/users';

// ECharts needs a canvas: the chart component is replaced by a stand-in whose click reports the second bar (沼潭街道).
// The real charts (and a click on a bar's canvas position) are exercised in the browser tests.
vi.mock('echarts-for-react', () => ({
  default: ({ onEvents, ...props }: { onEvents?: { click?: (p: { dataIndex: number }) => void }; 'data-testid'?: string }) => (
    <button type="button" data-testid={props['data-testid'] ?? 'echart'} onClick={() => onEvents?.click?.({ dataIndex: 1 })} />
  ),
}));

const months = (counts: Record<number, number> = {}) => Array.from({ length: 12 }, (_, i) => ({ month: i + 1, count: counts[i + 1] ?? 0, amount: 0 }));
const tally = (code: string, name: string, count: number, amount = 0) => ({ code, name, count, amount });
const period = { year: 2026, quarter: null, month: null };

const dashboardFixture = {
  year: 2026,
  scopeLabel: '全区（昆都仑区）',
  inspection: {
    period, campaigns: 1, tasks: 10, inspected: 4, progressPercent: 40, tasksByStatus: [], progressByStreet: [],
    outcomes: [tally('Passed', '合格', 2), tally('Rectify', '限期整改', 1), tally('Failed', '不合格', 1)],
    rectificationsOpen: 1, rectificationsOverdue: 3, myOpenTasks: 0, spotChecksDrawn: 5, spotChecksFinished: 2, spotCheckDiscrepancies: 1,
    creditClasses: [],
  },
  kpis: [
    { code: 'NewInstitutions', name: '新增认定家庭服务机构', value: 4, target: 5, targetMax: 10, percent: 80, unit: '个' },
    { code: 'Trainees', name: '培训结业人次', value: 1500, target: 2000, targetMax: null, percent: 75, unit: '人' },
  ],
  registry: {
    period, institutions: 12, activeInstitutions: 10, newInstitutions: 4, newStations: 1, activeStations: 2, cityBrands: 0,
    pendingRecognition: 3, filingsExpiring: 0, workers: 40, healthChecksExpiring: 2,
    institutionsByStatus: [], institutionsByFormat: [], institutionsBySize: [],
    institutionsByStreet: [tally('150203001', '少先路街道', 7), tally('150203002', '沼潭街道', 5)],
    newInstitutionsByMonth: months({ 3: 4 }),
    workersByCredential: [tally('Green', '绿码', 30), tally('Yellow', '黄码', 8), tally('Red', '红码', 2)],
    workersByEmploymentType: [], workersByJobType: [], workersByGender: [], workersByAgeBand: [], workersByStreet: [],
  },
  training: {
    period, annualTarget: 2000, classes: 3, enrolled: 1600, trained: 1500, certified: 700, classesInProgress: 1,
    trainedByStreet: [], trainedByCategory: [], trainedByTraineeCategory: [], classesByStatus: [], trainedByMonth: months({ 4: 1500 }),
  },
  vouchers: {
    period, issued: 0, issuedValue: 0, used: 0, usedValue: 0, reimbursed: 0, reimbursedValue: 0, declarationsWaiting: 0, expiringSoon: 0,
    byStatus: [], byStreet: [], byBusinessFormat: [], issuedByMonth: months(), usedByMonth: months(),
  },
  subsidy: {
    period, applications: 1, appliedAmount: 50000, paid: 1, paidAmount: 50000, waitingReview: 0,
    byItem: [tally('Award', '奖补资金', 1, 50000), tally('TrainingSubsidy', '技能培训补贴', 0)],
    allocations: [tally('Award', '奖补资金', 0, 100000)],
    byStatus: [], byStreet: [], paidByMonth: months({ 3: 1 }),
  },
  todos: [
    { code: 'PendingRecognition', name: '待认定机构', count: 3, link: '/registry/institutions?status=PendingRecognition' },
    { code: 'HealthChecksExpiring', name: '30天内到期的健康体检', count: 2, link: '/registry/workers' },
    { code: 'SubsidyReviews', name: '待处理的补贴申请', count: 0, link: null },
  ],
  figuresAsOf: '2026-05-06T02:03:04+00:00',
};

const institutionsPage = { items: [], total: 0, page: 1, pageSize: 20 };

describe('home dashboard', () => {
  it('shows the targets, the to-dos, the credential colours and the inspection progress', async () => {
    signIn();
    mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
      'GET /api/v1/dashboard': () => json(dashboardFixture),
    });
    renderApp('/');
    expect(await screen.findByText('2026年工作看板 · 全区（昆都仑区）', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByTestId('kpi-NewInstitutions-value')).toHaveTextContent('4 个');
    expect(screen.getByTestId('dashboard-figures-as-of')).toHaveTextContent(
      `统计数据截至 ${dayjs('2026-05-06T02:03:04+00:00').format('YYYY-MM-DD HH:mm:ss')}`,
    );
    expect(within(screen.getByTestId('kpi-NewInstitutions')).getByText('目标 5–10')).toBeInTheDocument();
    expect(within(screen.getByTestId('kpi-Trainees')).getByText('目标 2,000')).toBeInTheDocument();
    const todos = screen.getByTestId('dashboard-todos');
    expect(within(todos).getByRole('link', { name: '待认定机构' })).toHaveAttribute('href', '/registry/institutions?status=PendingRecognition');
    expect(within(todos).queryByText('待处理的补贴申请')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('dashboard-credential')).getByText('30')).toBeInTheDocument();
    const inspection = screen.getByTestId('dashboard-inspection');
    expect(within(inspection).getByText('年检复核进度：已检查 4 / 10')).toBeInTheDocument();
    expect(screen.getByTestId('inspection-overdue')).toHaveAttribute('href', '/inspection/campaigns');
    expect(within(screen.getByTestId('inspection-overdue')).getByText('3')).toBeInTheDocument();
    expect(screen.getByText('100,000.00')).toBeInTheDocument();
    expect(screen.getByTestId('street-link-150203002')).toHaveAttribute('href', '/registry/institutions?streetCode=150203002');
  });

  it("opens the street's filtered institution list when its bar is clicked", async () => {
    signIn();
    const { requests } = mockFetch({
      ...registryCatalogRoutes,
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
      'GET /api/v1/dashboard': () => json(dashboardFixture),
      'GET /api/v1/registry/institutions': () => json(institutionsPage),
    });
    renderApp('/');
    await userEvent.setup().click(await screen.findByTestId('street-bar-chart', {}, { timeout: 10_000 }));
    await screen.findByTestId('institutions-table', {}, { timeout: 10_000 });
    const url = new URL(requests('GET /api/v1/registry/institutions').at(-1)!.url);
    expect(url.searchParams.get('streetCode')).toBe('150203002');
    expect(await within(screen.getByTestId('institutions-filter-street')).findByText('沼潭街道')).toBeInTheDocument();
  });

  it('says so when the year is empty', async () => {
    signIn();
    const empty = {
      ...dashboardFixture,
      kpis: dashboardFixture.kpis.map((k) => ({ ...k, value: 0, percent: 0 })),
      registry: { ...dashboardFixture.registry, institutions: 0, workers: 0 },
    };
    mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
      'GET /api/v1/dashboard': () => json(empty),
    });
    renderApp('/');
    expect(await screen.findByTestId('dashboard-empty', {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('shows an error with a retry when the dashboard fails', async () => {
    signIn();
    mockFetch({
      'GET /api/v1/auth/me': () => json(makeUser({ roles: ['DistrictOfficer'] })),
      'GET /api/v1/dashboard': () => json({ title: 'Server error', status: 500 }, 500),
    });
    renderApp('/');
    expect(await screen.findByRole('button', { name: /重\s*试/ }, { timeout: 10_000 })).toBeInTheDocument();
  });
});
