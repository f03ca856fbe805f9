import { PlusOutlined } from '@ant-design/icons';
import { App, Badge, Button, Flex, Space, Table, Tag, Tooltip, type BadgeProps, type TableProps } from 'antd';
import { useState } from 'react';
import { useRegistryAbilities } from '@/features/registry-reference/access';
import { ProblemAlert } from '@/components/problem-alert';
import { ReasonModal } from '@/components/reason-modal';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { useApproveFiling } from '../api/approve-filing';
import { useInstitutionFilings, type Filing, type FilingStatus } from '../api/get-filings';
import { useRejectFiling } from '../api/reject-filing';
import { institutionsMessages } from '../locales';
import { FILING_CRITERIA } from './filing-criteria';
import { SubmitFilingModal } from './submit-filing-modal';

const filingBadge: Record<FilingStatus, BadgeProps['status']> = {
  Submitted: 'processing',
  Filed: 'success',
  Rejected: 'error',
  Expired: 'default',
};

const isFilingStatus = (value: string): value is FilingStatus => value in filingBadge;

type Review = { kind: 'approve' | 'reject'; filing: Filing };

/** 员工制备案: the institution's filings, a new one for writers, approval or rejection for reviewers. */
export function FilingsTab({ institutionId }: { institutionId: string }) {
  const t = useT(institutionsMessages);
  const { message } = App.useApp();
  const { canWrite, canReview } = useRegistryAbilities();
  const filings = useInstitutionFilings(institutionId);
  const approve = useApproveFiling(institutionId);
  const reject = useRejectFiling(institutionId);
  const [submitting, setSubmitting] = useState(false);
  const [review, setReview] = useState<Review>();

  const columns: TableProps<Filing>['columns'] = [
    { title: t('institutions.filings.field.submittedAt'), dataIndex: 'submittedAt', render: (value: string) => formatDateTime(value) },
    { title: t('institutions.filings.field.staffCount'), dataIndex: 'staffCount', align: 'right' },
    {
      title: t('institutions.filings.field.criteria'),
      key: 'criteria',
      render: (_, filing) => {
        const met = FILING_CRITERIA.filter((item) => filing[item]);
        return (
          <Tooltip
            title={FILING_CRITERIA.map((item) => `${filing[item] ? '✓' : '✗'} ${t(`institutions.filings.criterion.${item}`)}`).join('\n')}
            styles={{ root: { whiteSpace: 'pre-line' } }}
          >
            <Space size={4}>
              <Tag color={met.length === FILING_CRITERIA.length ? 'green' : 'gold'}>
                {met.length} / {FILING_CRITERIA.length}
              </Tag>
              {filing.unmetCriteria.includes('staffCount') && <Tag color="warning">{t('institutions.filings.staffBelowMinimum')}</Tag>}
            </Space>
          </Tooltip>
        );
      },
    },
    {
      title: t('institutions.field.status'),
      dataIndex: 'status',
      render: (status: string) =>
        isFilingStatus(status) ? (
          <Badge status={filingBadge[status]} text={t(`institutions.filings.status.${status}`)} />
        ) : (
          <Badge status="default" text={status} />
        ),
    },
    {
      title: t('institutions.filings.field.validity'),
      key: 'validity',
      render: (_, filing) => (filing.validFrom || filing.validUntil ? `${filing.validFrom ?? ''} ~ ${filing.validUntil ?? ''}` : ''),
    },
    { title: t('institutions.filings.field.reviewNote'), dataIndex: 'reviewNote' },
    ...(canReview
      ? [
          {
            title: t('action.actions'),
            key: 'actions',
            render: (_: unknown, filing: Filing) =>
              filing.status === 'Submitted' && (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => setReview({ kind: 'approve', filing })}>
                    {t('institutions.filings.approve')}
                  </Button>
                  <Button type="link" size="small" danger onClick={() => setReview({ kind: 'reject', filing })}>
                    {t('institutions.filings.reject')}
                  </Button>
                </Space>
              ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap="middle">
      {canWrite && (
        <Flex justify="end">
          <Button icon={<PlusOutlined />} onClick={() => setSubmitting(true)} data-testid="submit-filing">
            {t('institutions.filings.submit')}
          </Button>
        </Flex>
      )}
      {filings.isError && <ProblemAlert error={filings.error} onRetry={() => void filings.refetch()} />}
      <Table<Filing>
        rowKey="id"
        size="small"
        data-testid="filings-table"
        columns={columns}
        dataSource={filings.data?.items}
        loading={filings.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {canWrite && <SubmitFilingModal open={submitting} institutionId={institutionId} onClose={() => setSubmitting(false)} />}
      {canReview && (
        <ReasonModal
          open={Boolean(review)}
          title={review?.kind === 'reject' ? t('institutions.filings.reject') : t('institutions.filings.approve')}
          description={review?.kind === 'reject' ? t('institutions.filings.confirm.reject') : t('institutions.filings.confirm.approve')}
          reason={review?.kind === 'reject' ? 'required' : 'optional'}
          fieldName={review?.kind === 'reject' ? 'reason' : 'note'}
          label={review?.kind === 'reject' ? undefined : t('institutions.filings.field.reviewNote')}
          danger={review?.kind === 'reject'}
          onSubmit={(text) => {
            const filing = review!.filing;
            const request =
              review!.kind === 'reject'
                ? reject.mutateAsync({ id: filing.id, reason: text ?? '' })
                : approve.mutateAsync({ id: filing.id, note: text });
            return request.then(() =>
              message.success(t(review!.kind === 'reject' ? 'institutions.filings.success.rejected' : 'institutions.filings.success.approved')),
            );
          }}
          onClose={() => setReview(undefined)}
          testId="filing-review"
        />
      )}
    </Flex>
  );
}
