import { Alert, Badge, Card, Col, Empty, InputNumber, List, Progress, Row, Space, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageError } from '@/components/page-error';
import { PageLoading } from '@/components/page-loading';
import { formatMoney } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { useDashboard, type Dashboard as DashboardData } from '../api/get-dashboard';
import { dashboardMessages } from '../locales';
import type { Kpi } from './kpi';
import { streetInstitutionsPath } from './street-link';

const KpiGauge = lazy(() => import('./dashboard-charts').then((m) => ({ default: m.KpiGauge })));
const TrendChart = lazy(() => import('./dashboard-charts').then((m) => ({ default: m.TrendChart })));
const StreetBarChart = lazy(() => import('./dashboard-charts').then((m) => ({ default: m.StreetBarChart })));

const CREDENTIAL_COLORS: Record<string, string> = { Green: '#52c41a', Yellow: '#faad14', Red: '#ff4d4f' };

/** The home dashboard (首页看板): the year's targets, trends, streets, credential status and the user's to-dos. */
export function Dashboard() {
  const t = useT(dashboardMessages);
  const [year, setYear] = useState(new Date().getFullYear());
  const dashboard = useDashboard(year);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="dashboard">
      <Space wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {dashboard.data ? t('dashboard.title', { year: dashboard.data.year, scope: dashboard.data.scopeLabel }) : t('dashboard.kpis')}
        </Typography.Title>
        <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} aria-label={t('dashboard.year')} data-testid="dashboard-year" />
        {dashboard.data && (
          <Typography.Text type="secondary" data-testid="dashboard-figures-as-of">
            {t('dashboard.figuresAsOf', { time: dayjs(dashboard.data.figuresAsOf).format('YYYY-MM-DD HH:mm:ss') })}
          </Typography.Text>
        )}
      </Space>
      {dashboard.isPending ? (
        <PageLoading />
      ) : dashboard.isError ? (
        <PageError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <DashboardBody data={dashboard.data} />
      )}
    </Space>
  );
}

function DashboardBody({ data }: { data: DashboardData }) {
  const t = useT(dashboardMessages);
  const navigate = useNavigate();
  const empty = data.kpis.every((k) => k.value === 0) && data.registry.institutions === 0 && data.registry.workers === 0;
  const streets = data.registry.institutionsByStreet;
  const paidByItem = data.subsidy.byItem
    .map((item) => ({ ...item, allocated: data.subsidy.allocations.find((a) => a.code === item.code)?.amount }))
    .filter((item) => item.count > 0 || item.allocated !== undefined);

  return (
    <>
      {empty && <Alert type="info" showIcon message={t('dashboard.empty')} data-testid="dashboard-empty" />}
      <Card title={t('dashboard.kpis')} extra={<Typography.Text type="secondary">{t('dashboard.kpi.scopeNote')}</Typography.Text>}>
        <Row gutter={[16, 16]}>
          {data.kpis.map((kpi) => (
            <Col xs={12} md={8} xl={4} key={kpi.code}>
              <KpiCard kpi={kpi} />
            </Col>
          ))}
        </Row>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t('dashboard.trends')}>
            <Suspense fallback={<PageLoading />}>
              <TrendChart
                series={[
                  { name: t('dashboard.trend.newInstitutions'), months: data.registry.newInstitutionsByMonth },
                  { name: t('dashboard.trend.trained'), months: data.training.trainedByMonth },
                  { name: t('dashboard.trend.vouchersIssued'), months: data.vouchers.issuedByMonth },
                  { name: t('dashboard.trend.subsidyPaid'), months: data.subsidy.paidByMonth },
                ]}
              />
            </Suspense>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('dashboard.todos')} data-testid="dashboard-todos">
            <TodoList todos={data.todos} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t('dashboard.byStreet')} extra={<Typography.Text type="secondary">{t('dashboard.byStreet.hint')}</Typography.Text>}>
            <Suspense fallback={<PageLoading />}>
              <StreetBarChart streets={streets} label={t('dashboard.byStreet.institutions')} onSelect={(code) => navigate(streetInstitutionsPath(code))} />
            </Suspense>
            <ul className="street-links" aria-label={t('dashboard.byStreet')} data-testid="street-links">
              {streets.map((street) => (
                <li key={street.code}>
                  <Link to={streetInstitutionsPath(street.code)} data-testid={`street-link-${street.code}`}>
                    {street.name} {street.count}
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('dashboard.credential')} data-testid="dashboard-credential">
              <Row gutter={8}>
                {data.registry.workersByCredential.map((c) => (
                  <Col span={8} key={c.code}>
                    <Statistic
                      title={<Badge color={CREDENTIAL_COLORS[c.code]} text={t(`dashboard.credential.${c.code as 'Green' | 'Yellow' | 'Red'}`)} />}
                      value={c.count}
                      valueStyle={{ color: CREDENTIAL_COLORS[c.code] }}
                    />
                  </Col>
                ))}
              </Row>
            </Card>
            <Card title={t('dashboard.inspection')} data-testid="dashboard-inspection">
              <Space direction="vertical" style={{ width: '100%' }}>
                <Progress percent={Number(data.inspection.progressPercent)} data-testid="inspection-progress" />
                <Typography.Text type="secondary">
                  {t('dashboard.inspection.progress', { inspected: data.inspection.inspected, tasks: data.inspection.tasks })}
                </Typography.Text>
                <Row gutter={8}>
                  {data.inspection.outcomes.map((o) => (
                    <Col span={8} key={o.code}>
                      <Statistic title={o.name} value={o.count} />
                    </Col>
                  ))}
                </Row>
                <Row gutter={8}>
                  <Col span={12}>
                    <Link to="/inspection/campaigns" data-testid="inspection-overdue">
                      <Statistic title={t('dashboard.inspection.overdue')} value={data.inspection.rectificationsOverdue} valueStyle={{ color: '#ff4d4f' }} />
                    </Link>
                  </Col>
                  <Col span={12}>
                    <Statistic
                      title={t('dashboard.inspection.spotChecks')}
                      value={data.inspection.spotChecksFinished}
                      suffix={`/ ${data.inspection.spotChecksDrawn}`}
                    />
                  </Col>
                </Row>
              </Space>
            </Card>
          </Space>
        </Col>
      </Row>
      <Card title={t('dashboard.subsidy')}>
        <Table
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={paidByItem}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.subsidy.empty')} /> }}
          columns={[
            { title: t('dashboard.subsidy.item'), dataIndex: 'name' },
            { title: t('dashboard.subsidy.paid'), dataIndex: 'amount', align: 'right', render: (v: number) => formatMoney(v) },
            {
              title: t('dashboard.subsidy.allocated'),
              dataIndex: 'allocated',
              align: 'right',
              render: (v: number | undefined) => (v === undefined ? '—' : formatMoney(v)),
            },
          ]}
        />
      </Card>
    </>
  );
}

function KpiCard({ kpi }: { kpi: Kpi }) {
  const t = useT(dashboardMessages);
  const target = kpi.targetMax != null
    ? t('dashboard.kpi.targetRange', { target: kpi.target, max: kpi.targetMax })
    : t('dashboard.kpi.target', { target: kpi.target.toLocaleString('zh-CN') });
  return (
    <Card size="small" data-testid={`kpi-${kpi.code}`}>
      <Typography.Text strong>{kpi.name}</Typography.Text>
      <Suspense fallback={<div style={{ height: 160 }} />}>
        <KpiGauge kpi={kpi} />
      </Suspense>
      <div style={{ textAlign: 'center' }}>
        <Typography.Text data-testid={`kpi-${kpi.code}-value`}>
          {kpi.value.toLocaleString('zh-CN')} {kpi.unit}
        </Typography.Text>
        <br />
        <Typography.Text type="secondary">{target}</Typography.Text>
      </div>
    </Card>
  );
}

function TodoList({ todos }: { todos: DashboardData['todos'] }) {
  const t = useT(dashboardMessages);
  const waiting = todos.filter((todo) => todo.count > 0);
  if (waiting.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.todos.none')} />;
  return (
    <List
      size="small"
      dataSource={waiting}
      renderItem={(todo) => (
        <List.Item data-testid={`todo-${todo.code}`} extra={<Badge count={todo.count} overflowCount={9999} />}>
          {todo.link ? <Link to={todo.link}>{todo.name}</Link> : todo.name}
        </List.Item>
      )}
    />
  );
}
