import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { PageContainer } from '@/components/page-container';
import { ProblemAlert } from '@/components/problem-alert';
import { useT } from '@/lib/i18n';
import { usePagedList } from '@/lib/use-paged-list';
import type { CreatedClient } from '../api/create-client';
import { useClients, type ApiClient, type ClientsFilter } from '../api/get-clients';
import { clientsMessages } from '../locales';
import { ClientSecretModal } from './client-secret-modal';
import { ClientsTable } from './clients-table';
import { CreateClientModal } from './create-client-modal';
import { WebhooksDrawer } from './webhooks-drawer';

export function ClientsPage() {
  const t = useT(clientsMessages);
  const { filter, onTableChange } = usePagedList<ClientsFilter>({});
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedClient>();
  const [webhooksOf, setWebhooksOf] = useState<ApiClient>();
  const clients = useClients(filter);

  return (
    <PageContainer
      title={t('clients.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-client">
          {t('clients.create')}
        </Button>
      }
    >
      {clients.isError && <ProblemAlert error={clients.error} onRetry={() => void clients.refetch()} />}
      <ClientsTable
        page={clients.data}
        loading={clients.isFetching}
        onChange={onTableChange}
        onWebhooks={setWebhooksOf}
      />
      <CreateClientModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(client) => {
          setCreating(false);
          setCreated(client);
        }}
      />
      <ClientSecretModal client={created} onClose={() => setCreated(undefined)} />
      <WebhooksDrawer client={webhooksOf} onClose={() => setWebhooksOf(undefined)} />
    </PageContainer>
  );
}
