import { Badge, type BadgeProps } from 'antd';
import { useT } from '@/lib/i18n';
import type { VoucherStatus } from '../api/vouchers';
import { vouchersMessages } from '../locales';

const badge: Record<VoucherStatus, BadgeProps['status']> = {
  Issued: 'default',
  InstitutionSelected: 'processing',
  Scheduled: 'processing',
  Served: 'processing',
  FollowedUp: 'processing',
  Verified: 'success',
  Discrepancy: 'error',
  Reimbursed: 'success',
  Expired: 'warning',
  Voided: 'default',
};

export const VOUCHER_STATUSES = Object.keys(badge) as VoucherStatus[];

export function VoucherStatusBadge({ status }: { status: VoucherStatus }) {
  const t = useT(vouchersMessages);
  return <Badge status={badge[status] ?? 'default'} text={t(`vouchers.status.${status}`)} />;
}

/** The workflow steps a user may take from a status (the API decides; this only chooses which buttons to show). */
export function availableSteps(
  status: VoucherStatus,
  can: { review: boolean; serve: boolean; manage: boolean },
): ('select-institution' | 'schedule' | 'service' | 'follow-up' | 'verify' | 'void')[] {
  const steps: ReturnType<typeof availableSteps> = [];
  if (can.review && (status === 'Issued' || status === 'InstitutionSelected')) steps.push('select-institution');
  if (can.serve && (status === 'InstitutionSelected' || status === 'Scheduled')) steps.push('schedule');
  if (can.serve && status === 'Scheduled') steps.push('service');
  if (can.review && (status === 'Served' || status === 'FollowedUp')) steps.push('follow-up');
  if (can.review && (status === 'Served' || status === 'FollowedUp' || status === 'Discrepancy')) steps.push('verify');
  if (can.manage && (status === 'Issued' || status === 'InstitutionSelected' || status === 'Scheduled')) steps.push('void');
  return steps;
}
