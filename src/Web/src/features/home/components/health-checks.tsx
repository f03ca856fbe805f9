import { Empty, Flex, Typography } from 'antd';
import { useT } from '@/lib/i18n';
import type { HealthCheck } from '../api/get-health';
import { homeMessages } from '../locales';
import { HealthBadge } from './health-badge';

export function HealthChecks({ checks }: { checks: HealthCheck[] }) {
  const t = useT(homeMessages);
  if (checks.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.health.empty')} />;
  }
  return (
    <Flex vertical gap="small" role="list">
      {checks.map((check) => (
        <Flex key={check.name} role="listitem" justify="space-between" align="start" gap="middle" data-testid="health-check">
          <Flex vertical>
            <Typography.Text code>{check.name}</Typography.Text>
            {check.description && <Typography.Text type="secondary">{check.description}</Typography.Text>}
          </Flex>
          <Flex vertical align="end">
            <HealthBadge status={check.status} />
            <Typography.Text type="secondary">{Math.round(check.durationMs)} ms</Typography.Text>
          </Flex>
        </Flex>
      ))}
    </Flex>
  );
}
