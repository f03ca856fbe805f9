import { Badge, Tooltip, type BadgeProps } from 'antd';
import { useT } from '@/lib/i18n';
import type { InstitutionStatus } from '../api/get-institutions';
import { institutionsMessages } from '../locales';

const badgeStatus: Record<InstitutionStatus, BadgeProps['status']> = {
  Registered: 'default',
  PendingRecognition: 'processing',
  Recognised: 'success',
  Rejected: 'error',
  Suspended: 'warning',
  Revoked: 'error',
};

/** The workflow's states in their usual order: 登记, 待认定, 已认定, 已驳回, 已暂停, 已撤销. */
export const INSTITUTION_STATUSES = Object.keys(badgeStatus) as InstitutionStatus[];

export const isInstitutionStatus = (value: string): value is InstitutionStatus => value in badgeStatus;

/** The status of an institution or station as a coloured badge; the reason, when there is one, as a tooltip. */
export function InstitutionStatusBadge({ status, reason }: { status: string; reason?: string | null }) {
  const t = useT(institutionsMessages);
  const badge = isInstitutionStatus(status) ? (
    <Badge status={badgeStatus[status]} text={t(`institutions.status.${status}`)} />
  ) : (
    <Badge status="default" text={status} />
  );
  return reason ? <Tooltip title={reason}>{badge}</Tooltip> : badge;
}
