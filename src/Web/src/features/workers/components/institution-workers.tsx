import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useRegistryAbilities } from '@/features/registry-reference/access';
import { useT } from '@/lib/i18n';
import { workersMessages } from '../locales';
import { CreateWorkerDrawer } from './create-worker-drawer';
import type { InstitutionOption } from '@/features/registry-reference/components/institution-select';
import { WorkersList } from './workers-list';

/** An institution's workers (the workers list filtered by the institution), with registering one there. */
export function InstitutionWorkers({ institution }: { institution: InstitutionOption }) {
  const t = useT(workersMessages);
  const { canWrite } = useRegistryAbilities();
  const [creating, setCreating] = useState(false);

  return (
    <Flex vertical gap="middle">
      {canWrite && (
        <Flex justify="end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-institution-worker">
            {t('workers.create')}
          </Button>
        </Flex>
      )}
      <WorkersList institutionId={institution.id} />
      {canWrite && <CreateWorkerDrawer open={creating} institution={institution} onClose={() => setCreating(false)} />}
    </Flex>
  );
}
