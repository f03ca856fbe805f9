import { EditOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useRegistryAbilities } from '@/features/registry-reference/access';
import { useBusinessFormats } from '@/features/registry-reference/api/get-business-formats';
import { CatalogTags } from '@/features/registry-reference/components/catalog-tags';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import type { InstitutionDetail } from '../api/get-institution';
import { institutionsMessages } from '../locales';
import { EditInstitutionModal } from './edit-institution-modal';
import { InstitutionStatusBadge } from './institution-status';

interface InstitutionProfileProps {
  institution: InstitutionDetail;
  etag: string | null;
  onReload: () => Promise<unknown>;
}

/** 基本信息: the institution's registered particulars, editable by those who may write. */
export function InstitutionProfile({ institution, etag, onReload }: InstitutionProfileProps) {
  const t = useT(institutionsMessages);
  const { canWrite } = useRegistryAbilities();
  const formats = useBusinessFormats();
  const [editing, setEditing] = useState(false);
  const yesNo = (value: boolean) => (value ? t('state.yes') : t('state.no'));

  return (
    <Flex vertical gap="middle">
      {canWrite && (
        <Flex justify="end">
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-institution">
            {t('institutions.edit')}
          </Button>
        </Flex>
      )}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        data-testid="institution-profile"
        items={[
          { key: 'name', label: t('institutions.field.name'), children: institution.name },
          {
            key: 'creditCode',
            label: t('institutions.field.creditCode'),
            children: <Typography.Text copyable>{institution.creditCode}</Typography.Text>,
          },
          { key: 'street', label: t('institutions.field.streetCode'), children: institution.streetName },
          { key: 'address', label: t('institutions.field.address'), children: institution.address },
          { key: 'legalRepresentative', label: t('institutions.field.legalRepresentative'), children: institution.legalRepresentative },
          { key: 'contactPhone', label: t('institutions.field.contactPhone'), children: institution.contactPhone },
          {
            key: 'businessFormats',
            label: t('institutions.field.businessFormats'),
            span: 'filled',
            children: <CatalogTags codes={institution.businessFormats} catalog={formats.data} />,
          },
          {
            key: 'status',
            label: t('institutions.field.status'),
            children: <InstitutionStatusBadge status={institution.status} />,
          },
          { key: 'statusReason', label: t('institutions.field.statusReason'), children: institution.statusReason ?? '' },
          { key: 'recognisedAt', label: t('institutions.field.recognisedAt'), children: formatDateTime(institution.recognisedAt) },
          {
            key: 'employeeBased',
            label: t('institutions.field.isEmployeeBased'),
            children: institution.isEmployeeBased ? (
              <Tag color="green">
                {institution.employeeBasedUntil
                  ? t('institutions.employeeBasedUntil', { date: institution.employeeBasedUntil })
                  : t('state.yes')}
              </Tag>
            ) : (
              t('state.no')
            ),
          },
          {
            key: 'alliance',
            label: t('institutions.field.isAllianceMember'),
            children:
              institution.isAllianceMember && institution.allianceJoinedOn
                ? t('institutions.allianceJoinedOn', { date: institution.allianceJoinedOn })
                : yesNo(institution.isAllianceMember),
          },
          { key: 'workerCount', label: t('institutions.field.workerCount'), children: institution.workerCount },
          { key: 'createdAt', label: t('field.createdAt'), children: formatDateTime(institution.createdAt) },
          { key: 'updatedAt', label: t('institutions.field.updatedAt'), children: formatDateTime(institution.updatedAt) },
        ]}
      />
      {canWrite && (
        <EditInstitutionModal
          open={editing}
          institution={institution}
          etag={etag}
          onReload={onReload}
          onClose={() => setEditing(false)}
        />
      )}
    </Flex>
  );
}
