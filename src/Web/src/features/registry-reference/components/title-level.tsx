import { Tag } from 'antd';
import { useT } from '@/lib/i18n';
import { registryReferenceMessages } from '../locales';

const LEVEL_COLORS: Record<string, string> = { Region: 'volcano', City: 'gold', District: 'blue' };

/** A title's level (自治区级 / 市级 / 区级); an unknown level is shown as it is. */
export function TitleLevel({ level }: { level: string }) {
  const t = useT(registryReferenceMessages);
  const known = level in LEVEL_COLORS;
  return (
    <Tag color={LEVEL_COLORS[level]}>{known ? t(`registry.titleLevel.${level as 'Region' | 'City' | 'District'}`) : level}</Tag>
  );
}
