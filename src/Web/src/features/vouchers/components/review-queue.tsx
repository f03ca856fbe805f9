import { Alert, Button, Input, Modal, Space, Table, message } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '@/lib/format';
import { problemOf } from '@/lib/problem-details';
import { useT } from '@/lib/i18n';
import { groupName, useIssueBatch, useVoucherGroups, type Batch } from '../api/batches';
import { useApplications, useReviewApplication, type Application } from '../api/applications';
import { vouchersMessages } from '../locales';

/** 审核队列: pending declarations of the batch, approve or reject one, or approve the selected in bulk. */
export function ReviewQueue({ batch, canReview }: { batch: Batch; canReview: boolean }) {
  const t = useT(vouchersMessages);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const [rejecting, setRejecting] = useState<Application | null>(null);
  const [reason, setReason] = useState('');
  const groups = useVoucherGroups();
  const applications = useApplications({ batchId: batch.id, status: 'Submitted', page, pageSize: 50 });
  const review = useReviewApplication();
  const issue = useIssueBatch(batch.id);

  const fail = (error: unknown) => message.error(problemOf(error)?.detail ?? String(error));
  const approve = async (application: Application) => {
    try {
      const result = await review.mutateAsync({ id: application.id });
      message.success(t('vouchers.success.approved', { code: result.voucherCode ?? '' }));
    } catch (error) {
      fail(error);
    }
  };
  const bulk = async (ids?: string[]) => {
    try {
      const result = await issue.mutateAsync(ids);
      setSelected([]);
      Modal.info({
        title: t('vouchers.review.result', { issued: result.issued, notIssued: result.notIssued.length }),
        content: result.notIssued.slice(0, 10).map((n) => <div key={n.applicationId}>{n.reason}</div>),
      });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <>
      {applications.isError && <Alert type="error" showIcon message={t('vouchers.error.load')} />}
      {canReview && (
        <Space style={{ marginBottom: 12 }}>
          <Button type="primary" disabled={selected.length === 0} loading={issue.isPending} onClick={() => bulk(selected)} data-testid="review-bulk-approve">
            {t('vouchers.review.bulkApprove', { count: selected.length })}
          </Button>
          <Button
            disabled={(applications.data?.total ?? 0) === 0}
            onClick={() => Modal.confirm({ title: t('vouchers.review.confirmIssueAll'), onOk: () => bulk() })}
          >
            {t('vouchers.review.issueAll')}
          </Button>
        </Space>
      )}
      <Table<Application>
        rowKey="id"
        size="small"
        loading={applications.isLoading}
        dataSource={applications.data?.items ?? []}
        locale={{ emptyText: t('vouchers.review.empty') }}
        rowSelection={canReview ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) } : undefined}
        pagination={{ current: page, pageSize: 50, total: applications.data?.total ?? 0, onChange: setPage }}
        columns={[
          { title: t('vouchers.application.applicantName'), dataIndex: 'applicantName' },
          { title: t('vouchers.application.idNumber'), dataIndex: 'idNumberMasked' },
          { title: t('vouchers.application.streetCode'), dataIndex: 'streetName' },
          { title: t('vouchers.application.group'), dataIndex: 'group', render: (g: string) => groupName(groups.data, g) },
          { title: t('vouchers.application.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
          ...(canReview
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, a: Application) => (
                    <Space>
                      <Button size="small" type="link" onClick={() => approve(a)} data-testid={`review-approve-${a.id}`}>
                        {t('vouchers.review.approve')}
                      </Button>
                      <Button size="small" type="link" danger onClick={() => setRejecting(a)}>
                        {t('vouchers.review.reject')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={!!rejecting}
        title={t('vouchers.review.reject')}
        onCancel={() => setRejecting(null)}
        okButtonProps={{ disabled: !reason.trim(), danger: true }}
        onOk={async () => {
          try {
            await review.mutateAsync({ id: rejecting!.id, reject: true, reason });
            message.success(t('vouchers.success.rejected'));
            setRejecting(null);
            setReason('');
          } catch (error) {
            fail(error);
          }
        }}
      >
        <Input.TextArea placeholder={t('vouchers.review.rejectReason')} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
      </Modal>
    </>
  );
}
