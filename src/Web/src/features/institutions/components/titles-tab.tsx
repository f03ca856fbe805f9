import { PlusOutlined } from '@ant-design/icons';
import { App, Badge, Button, Flex, Table, Tooltip, type TableProps } from 'antd';
import { useState } from 'react';
import { useRegistryAbilities } from '@/features/registry-reference/access';
import { TitleLevel } from '@/features/registry-reference/components/title-level';
import { ProblemAlert } from '@/components/problem-alert';
import { ReasonModal } from '@/components/reason-modal';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { useInstitutionTitles, type HeldTitle } from '../api/get-institution-titles';
import { useWithdrawTitle } from '../api/withdraw-title';
import { institutionsMessages } from '../locales';
import { GrantTitleModal } from './grant-title-modal';

/** 品牌称号: the titles the institution holds or held; reviewers grant and withdraw them. */
export function TitlesTab({ institutionId }: { institutionId: string }) {
  const t = useT(institutionsMessages);
  const { message } = App.useApp();
  const { canReview } = useRegistryAbilities();
  const titles = useInstitutionTitles(institutionId);
  const withdraw = useWithdrawTitle(institutionId);
  const [granting, setGranting] = useState(false);
  const [withdrawing, setWithdrawing] = useState<HeldTitle>();

  const columns: TableProps<HeldTitle>['columns'] = [
    { title: t('institutions.titles.field.title'), dataIndex: 'name' },
    { title: t('institutions.titles.field.level'), dataIndex: 'level', render: (level: string) => <TitleLevel level={level} /> },
    { title: t('institutions.titles.field.year'), dataIndex: 'year' },
    { title: t('institutions.titles.field.grantedAt'), dataIndex: 'grantedAt', render: (value: string) => formatDateTime(value) },
    {
      title: t('institutions.field.status'),
      key: 'status',
      render: (_, title) =>
        !title.isCurrent ? (
          <Tooltip title={title.withdrawnReason}>
            <Badge status="default" text={t('institutions.titles.withdrawnAt', { date: formatDateTime(title.withdrawnAt) })} />
          </Tooltip>
        ) : (
          <Badge status="success" text={t('institutions.titles.held')} />
        ),
    },
    ...(canReview
      ? [
          {
            title: t('action.actions'),
            key: 'actions',
            render: (_: unknown, title: HeldTitle) =>
              title.isCurrent && (
                <Button type="link" size="small" danger onClick={() => setWithdrawing(title)}>
                  {t('institutions.titles.withdraw')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap="middle">
      {canReview && (
        <Flex justify="end">
          <Button icon={<PlusOutlined />} onClick={() => setGranting(true)} data-testid="grant-title">
            {t('institutions.titles.grant')}
          </Button>
        </Flex>
      )}
      {titles.isError && <ProblemAlert error={titles.error} onRetry={() => void titles.refetch()} />}
      <Table<HeldTitle>
        rowKey="id"
        size="small"
        data-testid="titles-table"
        columns={columns}
        dataSource={titles.data}
        loading={titles.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {canReview && (
        <>
          <GrantTitleModal open={granting} institutionId={institutionId} onClose={() => setGranting(false)} />
          <ReasonModal
            open={Boolean(withdrawing)}
            title={t('institutions.titles.withdraw')}
            description={withdrawing && t('institutions.titles.confirm.withdraw', { name: withdrawing.name })}
            reason="required"
            danger
            onSubmit={(reason) =>
              withdraw
                .mutateAsync({ titleId: withdrawing!.id, reason: reason ?? '' })
                .then(() => message.success(t('institutions.titles.success.withdrawn')))
            }
            onClose={() => setWithdrawing(undefined)}
            testId="withdraw-title"
          />
        </>
      )}
    </Flex>
  );
}
