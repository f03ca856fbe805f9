import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Divider, Flex, Skeleton, Typography } from 'antd';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { useHealth } from '../api/get-health';
import { homeMessages } from '../locales';
import { HealthBadge } from './health-badge';
import { HealthChecks } from './health-checks';

export function HealthCard() {
  const t = useT(homeMessages);
  const health = useHealth();
  const report = health.data;

  return (
    <Card
      title={t('home.health.title')}
      data-testid="health-card"
      extra={
        <Button
          type="text"
          icon={<ReloadOutlined />}
          aria-label={t('action.refresh')}
          loading={health.isFetching}
          onClick={() => void health.refetch()}
        />
      }
    >
      {health.isPending && <Skeleton active />}
      {health.isError && <ProblemAlert error={health.error} onRetry={() => void health.refetch()} />}
      {report && (
        <>
          <Flex gap="middle" align="center">
            <HealthBadge status={report.status} />
            <Typography.Text type="secondary">
              {t('home.health.duration', { ms: Math.round(report.totalDurationMs) })}
            </Typography.Text>
          </Flex>
          <Divider />
          <HealthChecks checks={report.checks} />
        </>
      )}
    </Card>
  );
}
