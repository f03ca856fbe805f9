import { Tag } from 'antd';
import { useT } from '@/lib/i18n';
import type { ApplicationStatus } from '../api/subsidy';
import { subsidyMessages } from '../locales';

const COLORS: Record<ApplicationStatus, string> = {
  Submitted: 'processing',
  StreetApproved: 'cyan',
  Approved: 'blue',
  Returned: 'orange',
  Rejected: 'red',
  Paid: 'green',
  RecoveryOrdered: 'volcano',
  Recovered: 'default',
};

export function StatusTag({ status }: { status: ApplicationStatus }) {
  const t = useT(subsidyMessages);
  return (
    <Tag color={COLORS[status]} data-testid="subsidy-status">
      {t(`subsidy.status.${status}`)}
    </Tag>
  );
}

/** Yuan with two places. */
export function yuan(value: number | null | undefined): string {
  return (value ?? 0).toFixed(2);
}
