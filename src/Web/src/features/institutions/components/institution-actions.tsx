import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useRegistryAbilities } from '@/features/registry-reference/access';
import { ReasonModal } from '@/components/reason-modal';
import { useT } from '@/lib/i18n';
import { useChangeInstitutionStatus } from '../api/change-institution-status';
import type { InstitutionDetail } from '../api/get-institution';
import { institutionsMessages } from '../locales';
import { availableActions, type AvailableAction } from './status-actions';

/** The workflow buttons this user may use on the institution in its current state, each with a confirmation. */
interface InstitutionActionsProps {
  institution: Pick<InstitutionDetail, 'id' | 'name' | 'status'>;
  /** The version shown; sent as `If-Match` so that a step is never taken on a stale page. */
  etag?: string | null;
}

export function InstitutionActions({ institution, etag }: InstitutionActionsProps) {
  const t = useT(institutionsMessages);
  const { message } = App.useApp();
  const abilities = useRegistryAbilities();
  const change = useChangeInstitutionStatus();
  const [pending, setPending] = useState<AvailableAction>();
  const actions = availableActions(institution.status, abilities);

  if (actions.length === 0) return null;
  return (
    <>
      <Space wrap>
        {actions.map((available) => (
          <Button
            key={available.action}
            type={available.action === 'recognise' || available.action === 'apply-recognition' ? 'primary' : 'default'}
            danger={available.danger}
            onClick={() => setPending(available)}
            data-testid={`institution-action-${available.action}`}
          >
            {t(`institutions.action.${available.action}`)}
          </Button>
        ))}
      </Space>
      <ReasonModal
        open={Boolean(pending)}
        title={pending ? t(`institutions.action.${pending.action}`) : ''}
        description={pending && t(`institutions.confirm.${pending.action}`, { name: institution.name })}
        reason={pending?.reasonRequired ? 'required' : 'none'}
        danger={pending?.danger}
        onSubmit={(reason) =>
          change.mutateAsync({ id: institution.id, action: pending!.action, reason, etag }).then(() => {
            message.success(t(`institutions.success.${pending!.action}`));
          })
        }
        onClose={() => setPending(undefined)}
        testId="institution-action"
      />
    </>
  );
}
