import { Tag } from 'antd';
import { useT } from '@/lib/i18n';
import type { TaskStatus } from '../api/inspection';
import { inspectionMessages } from '../locales';

const COLORS: Record<TaskStatus, string> = { Pending: 'default', Passed: 'green', Rectify: 'orange', Failed: 'red', Escalated: 'volcano' };

/** 待检查 / 合格 / 限期整改 / 不合格 / 逾期未整改. */
export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const t = useT(inspectionMessages);
  return <Tag color={COLORS[status]}>{t(`inspection.status.${status}`)}</Tag>;
}
