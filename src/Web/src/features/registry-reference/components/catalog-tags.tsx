import { Space, Tag } from 'antd';
import { catalogName, type CatalogEntry } from '../catalog';

/** Codes of a catalogue shown as tags with their names. */
export function CatalogTags({ codes, catalog, color }: { codes: readonly string[]; catalog?: readonly CatalogEntry[]; color?: string }) {
  if (codes.length === 0) return null;
  return (
    <Space wrap size={[0, 4]}>
      {codes.map((code) => (
        <Tag key={code} color={color}>
          {catalogName(catalog, code)}
        </Tag>
      ))}
    </Space>
  );
}
