import { Badge, type BadgeProps } from 'antd';
import { useT } from '@/lib/i18n';
import { homeMessages } from '../locales';

const badgeStatus = {
  Healthy: 'success',
  Degraded: 'warning',
  Unhealthy: 'error',
} satisfies Record<string, BadgeProps['status']>;

type HealthStatus = keyof typeof badgeStatus;

const isHealthStatus = (value: string): value is HealthStatus => value in badgeStatus;

/** `Healthy`, `Degraded` or `Unhealthy` as a coloured badge; any other status is shown as it is. */
export function HealthBadge({ status }: { status: string }) {
  const t = useT(homeMessages);
  return isHealthStatus(status) ? (
    <Badge status={badgeStatus[status]} text={t(`home.health.${status}`)} />
  ) : (
    <Badge status="default" text={status} />
  );
}
