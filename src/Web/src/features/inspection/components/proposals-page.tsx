import { Button, Select, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { ReasonModal } from '@/components/reason-modal';
import { useT } from '@/lib/i18n';
import { useDecideProposal, useRevocationProposals, type RevocationProposal } from '../api/inspection';
import { inspectionMessages } from '../locales';

type Status = RevocationProposal['status'];
const COLORS: Record<Status, string> = { Pending: 'orange', Confirmed: 'red', Dismissed: 'default' };

/** `/inspection/revocation-proposals`: Registry's revocation proposals (撤销建议) from failed inspections, confirmed or dismissed here. */
export function ProposalsPage() {
  const t = useT(inspectionMessages);
  const [status, setStatus] = useState<Status | undefined>('Pending');
  const proposals = useRevocationProposals(status);
  const decide = useDecideProposal();
  const [deciding, setDeciding] = useState<{ proposal: RevocationProposal; decision: 'confirm' | 'dismiss' }>();

  const columns: TableProps<RevocationProposal>['columns'] = [
    {
      title: t('inspection.field.institution'),
      dataIndex: 'institutionName',
      render: (name: string, p) => <Link to={`/registry/institutions/${p.institutionId}`}>{name}</Link>,
    },
    { title: t('inspection.field.year'), dataIndex: 'year' },
    { title: t('inspection.field.score'), dataIndex: 'score' },
    { title: t('inspection.field.findings'), dataIndex: 'findings', ellipsis: true },
    { title: t('inspection.field.institutionStatus'), dataIndex: 'institutionStatus' },
    { title: t('inspection.field.status'), dataIndex: 'status', render: (s: Status) => <Tag color={COLORS[s]}>{t(`inspection.proposal.${s}`)}</Tag> },
    {
      title: t('action.actions'),
      key: 'actions',
      render: (_, p) =>
        p.status === 'Pending' && (
          <Space>
            <Button danger size="small" onClick={() => setDeciding({ proposal: p, decision: 'confirm' })} data-testid={`confirm-${p.id}`}>
              {t('inspection.action.confirm')}
            </Button>
            <Button size="small" onClick={() => setDeciding({ proposal: p, decision: 'dismiss' })}>
              {t('inspection.action.dismiss')}
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <PageContainer
      title={t('inspection.proposals.title')}
      extra={
        <Select
          allowClear
          style={{ width: 160 }}
          value={status}
          onChange={setStatus}
          options={(['Pending', 'Confirmed', 'Dismissed'] as const).map((s) => ({ value: s, label: t(`inspection.proposal.${s}`) }))}
        />
      }
    >
      {proposals.isError ? (
        <ProblemAlert error={proposals.error} onRetry={() => void proposals.refetch()} />
      ) : (
        <Table<RevocationProposal>
          rowKey="id"
          data-testid="proposals-table"
          columns={columns}
          dataSource={proposals.data?.items}
          loading={proposals.isFetching}
          locale={{ emptyText: t('state.empty') }}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      )}
      <ReasonModal
        open={Boolean(deciding)}
        title={deciding?.decision === 'confirm' ? t('inspection.action.confirm') : t('inspection.action.dismiss')}
        description={deciding?.decision === 'confirm' ? t('inspection.confirm.revoke', { name: deciding.proposal.institutionName }) : undefined}
        label={deciding?.decision === 'confirm' ? t('inspection.field.note') : t('inspection.dismiss.note')}
        fieldName="note"
        reason={deciding?.decision === 'confirm' ? 'optional' : 'required'}
        danger={deciding?.decision === 'confirm'}
        onSubmit={(note) => decide.mutateAsync({ id: deciding!.proposal.id, decision: deciding!.decision, note })}
        onClose={() => setDeciding(undefined)}
        testId="proposal-decision"
      />
    </PageContainer>
  );
}
