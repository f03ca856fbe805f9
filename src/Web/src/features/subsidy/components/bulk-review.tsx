import { Alert, Button, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { useBulkReview, type BulkReviewAction, type BulkReviewResult, type SubsidyApplication } from '../api/subsidy';
import { subsidyMessages } from '../locales';

interface BulkReviewBarProps {
  selected: SubsidyApplication[];
  /** Called after a bulk review with its per-item results (the selection should be cleared). */
  onDone: (result: BulkReviewResult) => void;
}

const ACTION_LABEL = { Approve: 'subsidy.bulk.approve', Return: 'subsidy.bulk.return', Reject: 'subsidy.bulk.reject' } as const;

/** Bulk actions on the selected applications (批量审核): approve, return or reject with one comment. */
export function BulkReviewBar({ selected, onDone }: BulkReviewBarProps) {
  const t = useT(subsidyMessages);
  const bulk = useBulkReview();
  const [action, setAction] = useState<BulkReviewAction | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const close = () => {
    setAction(null);
    setComment('');
    setMissing(false);
    bulk.reset();
  };
  const submit = async () => {
    if (action !== 'Approve' && !comment.trim()) {
      setMissing(true);
      return;
    }
    try {
      const result = await bulk.mutateAsync({ ids: selected.map((a) => a.id), action: action!, comment: comment.trim() || undefined });
      close();
      onDone(result);
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <Space wrap>
      <Typography.Text data-testid="bulk-selected">{t('subsidy.bulk.selected', { count: selected.length })}</Typography.Text>
      {(['Approve', 'Return', 'Reject'] as const).map((a) => (
        <Button
          key={a}
          type={a === 'Approve' ? 'primary' : 'default'}
          danger={a === 'Reject'}
          disabled={selected.length === 0}
          onClick={() => setAction(a)}
          data-testid={`bulk-${a.toLowerCase()}`}
        >
          {t(ACTION_LABEL[a])}
        </Button>
      ))}
      <Modal
        open={action !== null}
        title={action ? `${t(ACTION_LABEL[action])} · ${t('subsidy.bulk.selected', { count: selected.length })}` : ''}
        onCancel={close}
        onOk={submit}
        okButtonProps={{ loading: bulk.isPending, ...{ 'data-testid': 'bulk-submit' } }}
        destroyOnHidden
      >
        {bulk.isError && <ProblemAlert error={bulk.error} />}
        <Typography.Text>{t('subsidy.comment')}</Typography.Text>
        <Input.TextArea
          rows={3}
          maxLength={1000}
          value={comment}
          status={missing ? 'error' : undefined}
          onChange={(e) => {
            setComment(e.target.value);
            setMissing(false);
          }}
          data-testid="bulk-comment"
        />
        {missing && <Typography.Text type="danger">{t('subsidy.bulk.commentRequired')}</Typography.Text>}
      </Modal>
    </Space>
  );
}

/** The per-item outcome of a bulk review: which were done and, for the others, why not. */
export function BulkResults({ result, names, onClose }: { result: BulkReviewResult; names: Record<string, string>; onClose: () => void }) {
  const t = useT(subsidyMessages);
  return (
    <Alert
      type={result.failed === 0 ? 'success' : 'warning'}
      showIcon
      closable
      onClose={onClose}
      data-testid="bulk-results"
      title={t('subsidy.bulk.results', { ok: result.succeeded, failed: result.failed })}
      description={
        result.failed > 0 && (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={result.items.filter((i) => !i.ok)}
            columns={[
              { title: t('subsidy.institution'), render: (_, i) => names[i.id] ?? i.id },
              { title: t('subsidy.status'), render: () => <Tag color="red">{t('subsidy.bulk.failed')}</Tag> },
              { title: t('subsidy.bulk.reason'), render: (_, i) => i.problem?.detail ?? '' },
            ]}
          />
        )
      }
    />
  );
}
