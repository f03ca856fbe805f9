import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Tooltip, type TableProps } from 'antd';
import { useState } from 'react';
import { useRegistryAbilities } from '@/features/registry-reference/access';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import type { InstitutionDetail } from '../api/get-institution';
import { useInstitutionServicePoints, type ServicePoint } from '../api/get-service-points';
import { institutionsMessages } from '../locales';
import { CreateServicePointModal } from './create-service-point-modal';
import { FIVE_UNIFIED, metItems } from './five-unified';
import { InstitutionStatusBadge } from './institution-status';

/** 服务站点: the community stations and service markets the institution operates. */
export function ServicePointsTab({ institution }: { institution: Pick<InstitutionDetail, 'id' | 'streetCode'> }) {
  const t = useT(institutionsMessages);
  const { canWrite } = useRegistryAbilities();
  const points = useInstitutionServicePoints(institution.id);
  const [creating, setCreating] = useState(false);

  const columns: TableProps<ServicePoint>['columns'] = [
    { title: t('institutions.stations.field.name'), dataIndex: 'name' },
    {
      title: t('institutions.stations.field.kind'),
      dataIndex: 'kind',
      render: (kind: string) =>
        kind === 'CommunityStation' || kind === 'ServiceMarket' ? <Tag>{t(`institutions.stations.kind.${kind}`)}</Tag> : kind,
    },
    { title: t('institutions.field.address'), dataIndex: 'address' },
    {
      title: t('institutions.field.status'),
      dataIndex: 'status',
      render: (status: string, point) => <InstitutionStatusBadge status={status} reason={point.statusReason} />,
    },
    {
      title: t('institutions.stations.field.fiveUnified'),
      dataIndex: 'fiveUnifiedScore',
      render: (score: number, point) => (
        <Tooltip title={metItems(point).map((item) => t(`institutions.fiveUnified.${item}`)).join(t('format.listSeparator')) || t('state.empty')}>
          <Tag color={score >= FIVE_UNIFIED.length ? 'green' : score > 0 ? 'gold' : 'default'}>
            {score} / {FIVE_UNIFIED.length}
          </Tag>
        </Tooltip>
      ),
    },
    { title: t('field.createdAt'), dataIndex: 'createdAt', render: (value: string) => formatDateTime(value) },
  ];

  return (
    <Flex vertical gap="middle">
      {canWrite && (
        <Flex justify="end">
          <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-service-point">
            {t('institutions.stations.create')}
          </Button>
        </Flex>
      )}
      {points.isError && <ProblemAlert error={points.error} onRetry={() => void points.refetch()} />}
      <Table<ServicePoint>
        rowKey="id"
        size="small"
        data-testid="service-points-table"
        columns={columns}
        dataSource={points.data?.items}
        loading={points.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {canWrite && <CreateServicePointModal open={creating} institution={institution} onClose={() => setCreating(false)} />}
    </Flex>
  );
}
