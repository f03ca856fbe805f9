import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useRegistryAbilities } from '@/features/registry-reference/access';
import { useJobTypes } from '@/features/registry-reference/api/get-job-types';
import { CatalogTags } from '@/features/registry-reference/components/catalog-tags';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import type { WorkerDetail } from '../api/get-worker';
import type { RevealWorker } from '../api/reveal-worker';
import { workersMessages } from '../locales';
import { CredentialBadge } from './credential-badge';
import { EmploymentTypeLabel, GenderLabel } from './worker-labels';

/**
 * 基本信息. The ID number and phone are masked; a role that may see them (district, street, inspector) can
 * reveal both after confirming that the view is audited. The revealed values live in the page's `reveal`
 * mutation only, so they are gone once the page is left.
 */
export function WorkerProfile({ worker, reveal }: { worker: WorkerDetail; reveal: RevealWorker }) {
  const t = useT(workersMessages);
  const { modal } = App.useApp();
  const { canReveal } = useRegistryAbilities();
  const jobTypes = useJobTypes();
  const revealed = reveal.data;

  const askToReveal = () =>
    modal.confirm({
      title: t('workers.reveal.title'),
      content: t('workers.reveal.content', { name: worker.name }),
      okText: t('workers.reveal.ok'),
      cancelText: t('action.cancel'),
      onOk: () => reveal.mutate(),
    });

  const validity = (date: string | null | undefined) =>
    date ? date : <Typography.Text type="warning">{t('workers.missing')}</Typography.Text>;

  return (
    <Flex vertical gap="middle">
      {reveal.isError && <ProblemAlert error={reveal.error} onRetry={() => reveal.mutate()} />}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        data-testid="worker-profile"
        items={[
          { key: 'name', label: t('workers.field.name'), children: worker.name },
          {
            key: 'credential',
            label: t('workers.field.credentialStatus'),
            children: (
              <Space>
                <CredentialBadge status={worker.credentialStatus} />
                {worker.isRevoked && worker.revokedReason && <Typography.Text type="danger">{worker.revokedReason}</Typography.Text>}
              </Space>
            ),
          },
          {
            key: 'idNumber',
            label: t('workers.field.idNumber'),
            children: (
              <Space wrap>
                <Typography.Text code copyable={Boolean(revealed)} data-testid="worker-id-number">
                  {revealed?.idNumber ?? worker.idNumberMasked}
                </Typography.Text>
                {revealed && <Tag color="orange">{t('workers.reveal.shown')}</Tag>}
                {canReveal && !revealed && (
                  <Button size="small" icon={<EyeOutlined />} loading={reveal.isPending} onClick={askToReveal} data-testid="reveal-worker">
                    {t('workers.reveal.button')}
                  </Button>
                )}
              </Space>
            ),
          },
          {
            key: 'phone',
            label: t('workers.field.phone'),
            children: <span data-testid="worker-phone">{(revealed ? revealed.phone : worker.phoneMasked) ?? ''}</span>,
          },
          { key: 'gender', label: t('workers.field.gender'), children: <GenderLabel gender={worker.gender} /> },
          { key: 'birthDate', label: t('workers.field.birthDate'), children: t('workers.birthDateAge', { date: worker.birthDate, age: worker.age }) },
          {
            key: 'institution',
            label: t('workers.field.institution'),
            children: worker.institutionId ? (
              <Link to={`/registry/institutions/${worker.institutionId}`}>{worker.institutionName}</Link>
            ) : (
              t('workers.noInstitution')
            ),
          },
          { key: 'employmentType', label: t('workers.field.employmentType'), children: <EmploymentTypeLabel type={worker.employmentType} /> },
          {
            key: 'jobTypes',
            label: t('workers.field.jobTypes'),
            span: 'filled',
            children: <CatalogTags codes={worker.jobTypes} catalog={jobTypes.data} />,
          },
          {
            key: 'identityVerified',
            label: t('workers.field.identityVerified'),
            children: worker.identityVerified ? (
              <Tag color="success">{t('workers.identity.verified')}</Tag>
            ) : (
              <Tag color="warning">{t('workers.identity.unverified')}</Tag>
            ),
          },
          { key: 'healthCheckDate', label: t('workers.field.healthCheckDate'), children: validity(worker.healthCheckDate) },
          { key: 'healthCheckValidUntil', label: t('workers.field.healthCheckValidUntil'), children: validity(worker.healthCheckValidUntil) },
          {
            key: 'accidentInsuranceValidUntil',
            label: t('workers.field.accidentInsuranceValidUntil'),
            children: validity(worker.accidentInsuranceValidUntil),
          },
          { key: 'createdAt', label: t('field.createdAt'), children: formatDateTime(worker.createdAt) },
          { key: 'updatedAt', label: t('workers.field.updatedAt'), children: formatDateTime(worker.updatedAt) },
        ]}
      />
    </Flex>
  );
}
