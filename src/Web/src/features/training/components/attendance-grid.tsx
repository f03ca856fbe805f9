import { Alert, App, Button, DatePicker, InputNumber, Space, Table, Tag, Typography, type TableProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { problemOf } from '@/lib/problem-details';
import { useAttendance, useRecordAttendance, type AttendanceSheet } from '../api/attendance';
import type { TrainingClass } from '../api/classes';
import { trainingMessages } from '../locales';

type Row = AttendanceSheet['rows'][number];

/** 考勤表: one column per session; bulk entry of a session's hours for the whole class. */
export function AttendanceGrid({ cls, canWrite }: { cls: TrainingClass; canWrite: boolean }) {
  const t = useT(trainingMessages);
  const { message } = App.useApp();
  const sheet = useAttendance(cls.id);
  const record = useRecordAttendance(cls.id);
  const today = dayjs();
  const initialDate = today.isBefore(dayjs(cls.startDate)) || today.isAfter(dayjs(cls.endDate)) ? dayjs(cls.startDate) : today;
  const [date, setDate] = useState<Dayjs>(initialDate);
  const [hours, setHours] = useState<Record<string, number | null>>({});
  const [fill, setFill] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const editable = canWrite && cls.status === 'InProgress';
  const dateKey = date.format('YYYY-MM-DD');

  const rows = sheet.data?.rows ?? [];
  const recorded = (row: Row) => row.hours.find((h) => h.date === dateKey)?.hours ?? null;
  const valueOf = (row: Row) => (row.enrollmentId in hours ? hours[row.enrollmentId] : recorded(row));

  const columns = useMemo<TableProps<Row>['columns']>(
    () => [
      { title: t('training.field.traineeName'), dataIndex: 'name', fixed: 'left' },
      ...(sheet.data?.sessions ?? []).map((session) => ({
        title: session.slice(5),
        key: session,
        render: (_: unknown, row: Row) => row.hours.find((h) => h.date === session)?.hours ?? '',
      })),
      {
        title: t('training.field.attendedHours'),
        dataIndex: 'attendedHours',
        render: (value: number, row: Row) => (
          <Space size={4}>
            <span data-testid="attended-hours">{value}</span>
            {row.reachedRequirement && <Tag color="green">{t('training.attendance.reached')}</Tag>}
          </Space>
        ),
      },
    ],
    [sheet.data?.sessions, t],
  );

  const save = () => {
    setError(null);
    const entries = rows.map((row) => ({ enrollmentId: row.enrollmentId, hours: valueOf(row) })).filter((e) => e.hours !== null);
    record.mutate(
      { sessionDate: dateKey, entries: entries.map((e) => ({ enrollmentId: e.enrollmentId, hours: e.hours as number })) },
      {
        onSuccess: () => {
          setHours({});
          message.success(t('training.success.saved'));
        },
        onError: setError,
      },
    );
  };

  if (sheet.isError) return <ProblemAlert error={sheet.error} onRetry={() => void sheet.refetch()} />;
  const fieldErrors = Object.values(problemOf(error)?.errors ?? {}).flat();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {editable ? (
        <>
          <Typography.Text type="secondary">{t('training.attendance.hint')}</Typography.Text>
          {error !== null && <ProblemAlert error={error} messages={fieldErrors} />}
          <Space wrap>
            <DatePicker
              value={date}
              onChange={(value) => { if (value) { setDate(value); setHours({}); } }}
              disabledDate={(d) => d.isBefore(dayjs(cls.startDate), 'day') || d.isAfter(dayjs(cls.endDate), 'day')}
              allowClear={false}
              data-testid="attendance-date"
            />
            <InputNumber min={0} max={24} step={0.5} precision={1} value={fill} onChange={setFill} data-testid="attendance-fill-value" />
            <Button
              onClick={() => setHours(Object.fromEntries(rows.map((row) => [row.enrollmentId, fill])))}
              disabled={fill === null}
              data-testid="attendance-fill-all"
            >
              {t('training.action.fillAll')}
            </Button>
          </Space>
          <Table<Row>
            rowKey="enrollmentId"
            size="small"
            data-testid="attendance-entry"
            pagination={false}
            dataSource={rows}
            columns={[
              { title: t('training.field.traineeName'), dataIndex: 'name' },
              {
                title: `${t('training.field.hours')} (${dateKey})`,
                key: 'hours',
                render: (_, row) => (
                  <InputNumber
                    min={0}
                    max={24}
                    step={0.5}
                    precision={1}
                    value={valueOf(row)}
                    onChange={(value) => setHours((current) => ({ ...current, [row.enrollmentId]: value }))}
                    data-testid={`hours-${row.enrollmentId}`}
                  />
                ),
              },
            ]}
          />
          <Button type="primary" onClick={save} loading={record.isPending} disabled={rows.length === 0} data-testid="attendance-save">
            {t('training.action.recordSession')}
          </Button>
        </>
      ) : (
        cls.status === 'Open' || cls.status === 'Planned' ? <Alert type="info" showIcon message={t('training.attendance.notRunning')} /> : null
      )}
      <Table<Row>
        rowKey="enrollmentId"
        size="small"
        data-testid="attendance-grid"
        columns={columns}
        dataSource={rows}
        loading={sheet.isFetching}
        locale={{ emptyText: t('training.empty.roster') }}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </Space>
  );
}
