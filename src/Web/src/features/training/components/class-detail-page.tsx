import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Popconfirm, Result, Space, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageContainer } from '@/components/page-container';
import { PageError } from '@/components/page-error';
import { PageLoading } from '@/components/page-loading';
import { ReasonModal } from '@/components/reason-modal';
import { hasAnyRole, useCurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { isApiError } from '@/lib/problem-details';
import { useClassAction, useTrainingClass, type ClassAction, type TrainingClass } from '../api/classes';
import { trainingMessages, type TrainingKey } from '../locales';
import { AttendanceGrid } from './attendance-grid';
import { ClassRoster } from './class-roster';
import { ClassStatusTag } from './training-labels';

const NEXT: Record<TrainingClass['status'], ClassAction[]> = {
  Planned: ['open', 'cancel'],
  Open: ['start', 'cancel'],
  InProgress: ['complete', 'cancel'],
  Completed: ['settle'],
  Settled: [],
  Cancelled: [],
};

/** `/training/classes/:id`: the class, its workflow actions, the roster and the attendance grid. */
export function ClassDetailPage() {
  const t = useT(trainingMessages);
  const { id } = useParams();
  const detail = useTrainingClass(id);
  const user = useCurrentUser();
  const canWrite = hasAnyRole('Admin', 'DistrictOfficer', 'InstitutionOperator')(user);
  const canSettle = hasAnyRole('Admin', 'DistrictOfficer')(user);

  if (detail.isPending) return <PageLoading />;
  if (detail.isError) {
    return isApiError(detail.error) && detail.error.status === 404 ? (
      <Result
        status="404"
        title={t('training.classes.notFound.title')}
        subTitle={t('training.classes.notFound.subTitle')}
        extra={
          <Link to="/training/classes">
            <Button type="primary">{t('training.classes.backToList')}</Button>
          </Link>
        }
      />
    ) : (
      <PageError error={detail.error} onRetry={() => void detail.refetch()} />
    );
  }

  const cls = detail.data;
  const actions = canWrite ? NEXT[cls.status].filter((a) => a !== 'settle' || canSettle) : [];
  return (
    <PageContainer
      title={
        <Space wrap>
          <Link to="/training/classes" aria-label={t('training.classes.backToList')}>
            <ArrowLeftOutlined />
          </Link>
          <span data-testid="class-name">{cls.name}</span>
          <ClassStatusTag status={cls.status} />
        </Space>
      }
      extra={<ClassActions cls={cls} actions={actions} />}
    >
      <Card>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('training.field.programme')}>{cls.programmeName}</Descriptions.Item>
          <Descriptions.Item label={t('training.field.provider')}>{cls.providerName}</Descriptions.Item>
          <Descriptions.Item label={t('training.field.requiredHours')}>{cls.requiredHours}</Descriptions.Item>
          <Descriptions.Item label={t('training.field.dates')}>{`${cls.startDate} ~ ${cls.endDate}`}</Descriptions.Item>
          <Descriptions.Item label={t('training.field.location')}>{cls.location}</Descriptions.Item>
          <Descriptions.Item label={t('training.field.teacher')}>{cls.teacher ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('training.field.seats')}>
            <span data-testid="class-seats">{`${cls.enrolled}/${cls.capacity}`}</span>
          </Descriptions.Item>
          {cls.statusReason && <Descriptions.Item label={t('field.reason')}>{cls.statusReason}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'roster', label: t('training.tab.roster'), children: <ClassRoster cls={cls} canWrite={canWrite} /> },
            { key: 'attendance', label: t('training.tab.attendance'), children: <AttendanceGrid cls={cls} canWrite={canWrite} /> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}

function ClassActions({ cls, actions }: { cls: TrainingClass; actions: ClassAction[] }) {
  const t = useT(trainingMessages);
  const { message } = App.useApp();
  const run = useClassAction(cls.id);
  const [cancelling, setCancelling] = useState(false);
  const done = () => message.success(t('training.success.saved'));
  const fail = (error: unknown) => message.error(isApiError(error) ? error.message : t('error.generic'));

  return (
    <Space wrap>
      {actions.map((action) => {
        const label = t(`training.action.${action}` as TrainingKey);
        if (action === 'cancel') {
          return (
            <Button key={action} danger onClick={() => setCancelling(true)} data-testid="class-action-cancel">
              {label}
            </Button>
          );
        }

        return (
          <Popconfirm
            key={action}
            title={t('training.confirm.action', { action: label })}
            description={action === 'complete' ? t('training.confirm.complete', { hours: cls.requiredHours }) : undefined}
            okButtonProps={{ ...{ 'data-testid': `confirm-${action}` } }}
            onConfirm={() => run.mutateAsync({ action }).then(done, fail)}
          >
            <Button type={action === 'settle' ? 'default' : 'primary'} loading={run.isPending} data-testid={`class-action-${action}`}>
              {label}
            </Button>
          </Popconfirm>
        );
      })}
      <ReasonModal
        open={cancelling}
        title={t('training.action.cancel')}
        reason="required"
        danger
        onSubmit={(reason) => run.mutateAsync({ action: 'cancel', reason }).then(done)}
        onClose={() => setCancelling(false)}
        testId="cancel-class-modal"
      />
    </Space>
  );
}
