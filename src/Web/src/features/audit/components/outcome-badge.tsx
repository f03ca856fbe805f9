import { Badge, Tooltip, type BadgeProps } from 'antd';
import { useT } from '@/lib/i18n';
import type { AuditOutcome } from '../api/get-audit';
import { auditMessages } from '../locales';

const badgeStatus: Record<AuditOutcome, BadgeProps['status']> = {
  Succeeded: 'success',
  Rejected: 'warning',
  Failed: 'error',
};

export const OUTCOMES = Object.keys(badgeStatus) as AuditOutcome[];

const isOutcome = (value: string): value is AuditOutcome => value in badgeStatus;

export function OutcomeBadge({ outcome, reason }: { outcome: string; reason?: string | null }) {
  const t = useT(auditMessages);
  const badge = isOutcome(outcome) ? (
    <Badge status={badgeStatus[outcome]} text={t(`audit.outcome.${outcome}`)} />
  ) : (
    <Badge status="default" text={outcome} />
  );
  return reason ? <Tooltip title={reason}>{badge}</Tooltip> : badge;
}
