import { CheckCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useT } from '@/lib/i18n';
import type { ReactNode } from 'react';
import { workersMessages } from '../locales';
import { credentialAppearance, isCredentialStatus, type CredentialAppearance } from './credential';

const icons: Record<CredentialAppearance['icon'], ReactNode> = {
  check: <CheckCircleOutlined />,
  warning: <ExclamationCircleOutlined />,
  stop: <CloseCircleOutlined />,
  unknown: <QuestionCircleOutlined />,
};

/** The worker's credential badge (绿码 / 黄码 / 红码) with what it means as a tooltip. */
export function CredentialBadge({ status }: { status: string }) {
  const t = useT(workersMessages);
  const { color, icon } = credentialAppearance(status);
  const known = isCredentialStatus(status);
  return (
    <Tooltip title={known ? t(`workers.credential.${status}.hint`) : undefined}>
      <Tag color={color} icon={icons[icon]} data-testid="credential-badge" data-status={status}>
        {known ? t(`workers.credential.${status}`) : status}
      </Tag>
    </Tooltip>
  );
}
