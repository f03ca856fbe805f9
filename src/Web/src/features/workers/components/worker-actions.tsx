import { EditOutlined, SwapOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useRegistryAbilities } from '@/features/registry-reference/access';
import { ReasonModal } from '@/components/reason-modal';
import { useT } from '@/lib/i18n';
import type { WorkerDetail } from '../api/get-worker';
import { useRestoreCredentials } from '../api/restore-credentials';
import { useRevokeCredentials } from '../api/revoke-credentials';
import { workersMessages } from '../locales';
import { EditWorkerModal } from './edit-worker-modal';
import { MoveWorkerModal } from './move-worker-modal';

interface WorkerActionsProps {
  worker: WorkerDetail;
  etag: string | null;
  /** The full phone when it was revealed on the page, to prefill the edit form. */
  revealedPhone?: string | null;
  onReload: () => Promise<unknown>;
}

/** Edit and move for those who may write; revoking and restoring credentials for reviewers. */
export function WorkerActions({ worker, etag, revealedPhone, onReload }: WorkerActionsProps) {
  const t = useT(workersMessages);
  const { message } = App.useApp();
  const { canWrite, canReview } = useRegistryAbilities();
  const revoke = useRevokeCredentials(worker.id);
  const restore = useRestoreCredentials(worker.id);
  const [open, setOpen] = useState<'edit' | 'move' | 'revoke' | 'restore'>();
  const close = () => setOpen(undefined);

  if (!canWrite && !canReview) return null;
  return (
    <>
      <Space wrap>
        {canWrite && (
          <>
            <Button icon={<EditOutlined />} onClick={() => setOpen('edit')} data-testid="edit-worker">
              {t('workers.edit')}
            </Button>
            <Button icon={<SwapOutlined />} onClick={() => setOpen('move')} data-testid="move-worker">
              {t('workers.move.button')}
            </Button>
          </>
        )}
        {canReview &&
          (worker.isRevoked ? (
            <Button onClick={() => setOpen('restore')} data-testid="restore-credentials">
              {t('workers.credentials.restore')}
            </Button>
          ) : (
            <Button danger onClick={() => setOpen('revoke')} data-testid="revoke-credentials">
              {t('workers.credentials.revoke')}
            </Button>
          ))}
      </Space>
      {canWrite && (
        <>
          <EditWorkerModal
            open={open === 'edit'}
            worker={worker}
            etag={etag}
            revealedPhone={revealedPhone}
            onReload={onReload}
            onClose={close}
          />
          <MoveWorkerModal open={open === 'move'} worker={worker} onClose={close} />
        </>
      )}
      {canReview && (
        <ReasonModal
          open={open === 'revoke' || open === 'restore'}
          title={t(open === 'restore' ? 'workers.credentials.restore' : 'workers.credentials.revoke')}
          description={t(open === 'restore' ? 'workers.credentials.confirm.restore' : 'workers.credentials.confirm.revoke', {
            name: worker.name,
          })}
          reason={open === 'restore' ? 'optional' : 'required'}
          danger={open === 'revoke'}
          onSubmit={(reason) =>
            (open === 'restore' ? restore.mutateAsync(reason) : revoke.mutateAsync(reason ?? '')).then(() =>
              message.success(t(open === 'restore' ? 'workers.success.restored' : 'workers.success.revoked')),
            )
          }
          onClose={close}
          testId="worker-credentials"
        />
      )}
    </>
  );
}
