import { Alert, Card, Descriptions, Empty, Flex, Space, Tag, Timeline, Typography } from 'antd';
import { PageLoading } from '@/components/page-loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { useIntegrityRecord, type IntegrityRecord } from '../api/inspection';
import { spotCheckMessages } from '../locales/spot-checks';

const CLASS_COLOURS: Record<string, string> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };

/** The integrity record (诚信档案) of an institution: credit class with the rule's reasons, red/black list, and the entries. */
export function IntegrityTimeline({ institutionId }: { institutionId: string }) {
  const t = useT(spotCheckMessages);
  const record = useIntegrityRecord(institutionId);
  if (record.isPending) return <PageLoading />;
  if (record.isError) return <ProblemAlert error={record.error} onRetry={() => void record.refetch()} />;
  const { profile, entries } = record.data;
  const kind = (k: IntegrityRecord['entries'][number]['kind']) => {
    const key = `integrity.kind.${k}` as const;
    const label = t(key as Parameters<typeof t>[0]);
    return label === key ? k : label;
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="integrity-timeline">
      <Descriptions size="small" column={{ xs: 1, sm: 3 }} bordered>
        <Descriptions.Item label={t('integrity.class')}>
          <Tag color={CLASS_COLOURS[profile.creditClass]} data-testid="integrity-class">
            {profile.creditClass}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('integrity.score')}>
          <span data-testid="integrity-score">{profile.score}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('integrity.entries')}>{profile.entryCount}</Descriptions.Item>
      </Descriptions>
      {(profile.redList || profile.blackList) && (
        <Flex gap="small">
          {profile.redList && <Alert type="success" showIcon message={t('integrity.redList')} data-testid="integrity-red-list" />}
          {profile.blackList && <Alert type="error" showIcon message={t('integrity.blackList')} data-testid="integrity-black-list" />}
        </Flex>
      )}
      {profile.reasons.length > 0 && (
        <Card size="small" title={t('integrity.reasons')}>
          <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="integrity-reasons">
            {profile.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </Card>
      )}
      {entries.length === 0 ? (
        <Empty description={t('integrity.empty')} />
      ) : (
        <Timeline
          data-testid="integrity-entries"
          items={entries.map((e) => ({
            key: e.id,
            color: e.points < 0 ? 'red' : e.points > 0 ? 'green' : 'gray',
            children: (
              <div data-testid="integrity-entry">
                <Space wrap>
                  <Typography.Text strong>{kind(e.kind)}</Typography.Text>
                  <Typography.Text type="secondary">{e.occurredOn}</Typography.Text>
                  <Tag>{t('integrity.points', { points: e.points > 0 ? `+${e.points}` : e.points })}</Tag>
                </Space>
                <div>{e.summary}</div>
              </div>
            ),
          }))}
        />
      )}
    </Space>
  );
}
