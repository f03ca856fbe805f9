import { Alert, Button, Descriptions, Flex, Modal, Typography } from 'antd';
import { CopyButton } from '@/components/copy-button';
import { useT } from '@/lib/i18n';
import type { CreatedClient } from '../api/create-client';
import { clientsMessages } from '../locales';

/** Shows a new client's secret exactly once; closing it is the only way out and forgets the secret. */
export function ClientSecretModal({ client, onClose }: { client?: CreatedClient; onClose: () => void }) {
  const t = useT(clientsMessages);
  const value = (text: string, testId: string) => (
    <Flex gap="small" align="center" wrap>
      <Typography.Text code data-testid={testId} style={{ wordBreak: 'break-all' }}>
        {text}
      </Typography.Text>
      <CopyButton text={text} testId={`${testId}-copy`} />
    </Flex>
  );

  return (
    <Modal
      open={Boolean(client)}
      title={t('clients.secret.title')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose} data-testid="client-secret-done">
          {t('clients.secret.done')}
        </Button>
      }
    >
      {client && (
        <Flex vertical gap="middle">
          <Alert type="warning" showIcon title={t('clients.secret.warning')} />
          <Descriptions
            column={1}
            bordered
            size="small"
            items={[
              { key: 'name', label: t('clients.field.name'), children: client.name },
              { key: 'clientId', label: t('clients.field.clientId'), children: value(client.clientId, 'client-id') },
              {
                key: 'clientSecret',
                label: t('clients.field.clientSecret'),
                children: value(client.clientSecret, 'client-secret'),
              },
            ]}
          />
        </Flex>
      )}
    </Modal>
  );
}
