import { App, Button, Popconfirm } from 'antd';
import { useT } from '@/lib/i18n';
import type { ApiClient } from '../api/get-clients';
import { useRevokeClient } from '../api/revoke-client';
import { clientsMessages } from '../locales';

export function RevokeClientButton({ client }: { client: ApiClient }) {
  const t = useT(clientsMessages);
  const { message } = App.useApp();
  const revoke = useRevokeClient();

  const confirm = () =>
    revoke.mutateAsync(client.id).then(
      () => message.success(t('clients.success.revoked')),
      (error: unknown) => message.error(error instanceof Error ? error.message : t('error.generic')),
    );

  return (
    <Popconfirm
      title={t('clients.confirm.revoke', { name: client.name })}
      okText={t('action.confirm')}
      okButtonProps={{ danger: true }}
      cancelText={t('action.cancel')}
      onConfirm={confirm}
      disabled={client.isRevoked}
    >
      <Button type="link" size="small" danger disabled={client.isRevoked}>
        {t('clients.action.revoke')}
      </Button>
    </Popconfirm>
  );
}
