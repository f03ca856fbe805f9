import { Card, Flex, InputNumber, Layout, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { usePublicSpotChecks, type PublicSpotCheck } from '../api/spot-checks';
import { spotCheckMessages } from '../locales/spot-checks';

const RESULT_COLOURS = { Pending: 'default', Confirmed: 'green', Discrepancy: 'red' } as const;

/** `/public/spot-checks`: the anonymous publication (一公开) of finished spot checks — institution, street, plan, result, date; no personal data. */
export function PublicResultsPage() {
  const t = useT(spotCheckMessages);
  const [page, setPage] = useState(1);
  const [year, setYear] = useState<number>();
  const results = usePublicSpotChecks(page, year);

  const columns: TableProps<PublicSpotCheck>['columns'] = [
    { title: t('spotChecks.field.institution'), dataIndex: 'institutionName' },
    { title: t('spotChecks.field.street'), dataIndex: 'streetName' },
    { title: t('spotChecks.field.plan'), dataIndex: 'planName' },
    { title: t('spotChecks.field.year'), dataIndex: 'year' },
    { title: t('spotChecks.field.result'), dataIndex: 'result', render: (r: PublicSpotCheck['result']) => <Tag color={RESULT_COLOURS[r]}>{t(`spotChecks.result.${r}`)}</Tag> },
    { title: t('spotChecks.field.checkedOn'), dataIndex: 'checkedOn', render: (d: string | null) => d ?? '—' },
  ];

  return (
    <Layout style={{ minHeight: '100vh', padding: 24 }}>
      <Card>
        <Flex justify="space-between" align="center" wrap gap="middle">
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('publicResults.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('publicResults.subtitle')}</Typography.Text>
          </div>
          <InputNumber
            min={2020}
            max={2100}
            placeholder={t('spotChecks.field.year')}
            value={year}
            onChange={(v) => {
              setYear(v ?? undefined);
              setPage(1);
            }}
            data-testid="public-year"
          />
        </Flex>
        {results.isError ? (
          <ProblemAlert error={results.error} onRetry={() => void results.refetch()} />
        ) : (
          <Table<PublicSpotCheck>
            rowKey="id"
            data-testid="public-results"
            style={{ marginTop: 16 }}
            columns={columns}
            dataSource={results.data?.items}
            loading={results.isFetching}
            locale={{ emptyText: t('publicResults.empty') }}
            pagination={{ current: page, pageSize: 20, total: results.data?.total, onChange: setPage }}
            scroll={{ x: 'max-content' }}
          />
        )}
      </Card>
    </Layout>
  );
}
