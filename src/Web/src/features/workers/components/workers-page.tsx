import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useRegistryAbilities } from '@/features/registry-reference/access';
import { PageContainer } from '@/components/page-container';
import { useT } from '@/lib/i18n';
import { workersMessages } from '../locales';
import { CreateWorkerDrawer } from './create-worker-drawer';
import { WorkersList } from './workers-list';

/** `/registry/workers`: every worker in the user's scope. */
export function WorkersPage() {
  const t = useT(workersMessages);
  const { canWrite } = useRegistryAbilities();
  const [creating, setCreating] = useState(false);

  return (
    <PageContainer
      title={t('workers.title')}
      extra={
        canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-worker">
            {t('workers.create')}
          </Button>
        )
      }
    >
      <WorkersList />
      {canWrite && <CreateWorkerDrawer open={creating} onClose={() => setCreating(false)} openCreated />}
    </PageContainer>
  );
}
