import { Card, Flex, Tabs } from 'antd';
import { useState } from 'react';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useCurrentUser } from '@/lib/auth';
import { useT } from '@/lib/i18n';
import { canManageSubsidy } from '../access';
import { useApplications, type BulkReviewResult, type SubsidyApplication } from '../api/subsidy';
import { subsidyMessages } from '../locales';
import { ApplicationsTable } from './applications-table';
import { BulkResults, BulkReviewBar } from './bulk-review';

type Queue = 'Submitted' | 'StreetApproved';

/** 审核队列: the street queue (submitted) and, for the district, the district queue (street-approved), with bulk review. */
export function ReviewQueuePage() {
  const t = useT(subsidyMessages);
  const user = useCurrentUser();
  const queues: Queue[] = canManageSubsidy(user) ? ['Submitted', 'StreetApproved'] : ['Submitted'];
  const [queue, setQueue] = useState<Queue>('Submitted');
  return (
    <PageContainer title={t('subsidy.queue.title')}>
      <Card>
        <Tabs
          activeKey={queue}
          onChange={(k) => setQueue(k as Queue)}
          items={queues.map((q) => ({
            key: q,
            label: <span data-testid={`queue-${q}`}>{t(q === 'Submitted' ? 'subsidy.queue.street' : 'subsidy.queue.district')}</span>,
            children: <QueueTable status={q} />,
          }))}
        />
      </Card>
    </PageContainer>
  );
}

function QueueTable({ status }: { status: Queue }) {
  const t = useT(subsidyMessages);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [selected, setSelected] = useState<SubsidyApplication[]>([]);
  const [result, setResult] = useState<{ result: BulkReviewResult; names: Record<string, string> } | null>(null);
  const list = useApplications({ status, ...paging });
  return (
    <Flex vertical gap="middle">
      {result && <BulkResults result={result.result} names={result.names} onClose={() => setResult(null)} />}
      <BulkReviewBar
        selected={selected}
        onDone={(r) => {
          setResult({ result: r, names: Object.fromEntries(selected.map((a) => [a.id, a.institutionName])) });
          setSelected([]);
        }}
      />
      {list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <ApplicationsTable
          data={list.data?.items}
          total={list.data?.total ?? 0}
          loading={list.isLoading}
          page={paging.page}
          pageSize={paging.pageSize}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
          emptyText={t('subsidy.queue.empty')}
          selection={{ keys: selected.map((a) => a.id), onChange: setSelected }}
        />
      )}
    </Flex>
  );
}
