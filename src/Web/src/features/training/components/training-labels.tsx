import { Tag } from 'antd';
import { useT } from '@/lib/i18n';
import type { ClassStatus } from '../api/classes';
import { trainingMessages, type TrainingKey } from '../locales';

const classColors: Record<ClassStatus, string> = {
  Planned: 'default',
  Open: 'blue',
  InProgress: 'processing',
  Completed: 'green',
  Settled: 'cyan',
  Cancelled: 'red',
};

export function ClassStatusTag({ status }: { status: ClassStatus }) {
  const t = useT(trainingMessages);
  return (
    <Tag color={classColors[status]} data-testid="class-status">
      {t(`training.status.${status}` as TrainingKey)}
    </Tag>
  );
}

const enrollmentColors: Record<string, string> = { Enrolled: 'blue', Withdrawn: 'default', Completed: 'green', NotCompleted: 'orange' };

export function EnrollmentStatusTag({ status }: { status: string }) {
  const t = useT(trainingMessages);
  return <Tag color={enrollmentColors[status] ?? 'default'}>{t(`training.enrollment.${status}` as TrainingKey)}</Tag>;
}
