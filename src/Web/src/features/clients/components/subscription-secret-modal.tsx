import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { CopyButton } from '@/components/copy-button';
import { useT } from '@/lib/i18n';
import type { CreatedSubscription } from '../api/webhooks';
import { clientsMessages } from '../locales';

/** Shows a subscription's signing secret exactly once; closing it forgets the secret. */
export function SubscriptionSecretModal({ created, onClose }: { created?: CreatedSubscription; onClose: () => void }) {
  const t = useT(clientsMessages);
  return (
    <Modal
      open={Boolean(created)}
      title={t('webhooks.secret.title')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose} data-testid="subscription-secret-done">
          {t('clients.secret.done')}
        </Button>
      }
    >
      {created && (
        <Flex vertical gap="middle">
          <Alert type="warning" showIcon title={t('webhooks.secret.warning')} />
          <Typography.Text>{created.subscription.url}</Typography.Text>
          <Flex gap="small" align="center" wrap>
            <Typography.Text code data-testid="subscription-secret" style={{ wordBreak: 'break-all' }}>
              {created.secret}
            </Typography.Text>
            <CopyButton text={created.secret} testId="subscription-secret-copy" />
          </Flex>
          <Typography.Paragraph type="secondary">{t('webhooks.secret.howToVerify')}</Typography.Paragraph>
        </Flex>
      )}
    </Modal>
  );
}
