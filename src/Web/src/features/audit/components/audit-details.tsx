import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n';
import type { AuditEntry } from '../api/get-audit';
import { auditMessages } from '../locales';

/** `changes` arrives as a JSON string: pretty-print it, or show it as it is when it is not JSON. */
export function prettyChanges(changes: string): string {
  try {
    return JSON.stringify(JSON.parse(changes), null, 2);
  } catch {
    return changes;
  }
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex gap="small" align="baseline">
      <Typography.Text type="secondary" style={{ flex: 'none' }}>
        {label}
      </Typography.Text>
      <div style={{ minWidth: 0 }}>{children}</div>
    </Flex>
  );
}

/** The expanded row of an audit entry. Plain blocks, not a Descriptions table: a nested table would
 * stretch the audit table's `max-content` width. */
export function AuditDetails({ entry }: { entry: AuditEntry }) {
  const t = useT(auditMessages);
  return (
    <Flex vertical gap="small">
      <Item label={t('audit.field.changes')}>
        {entry.changes ? (
          <pre data-testid="audit-changes" style={{ margin: 0, maxWidth: 960, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {prettyChanges(entry.changes)}
          </pre>
        ) : (
          <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>
        )}
      </Item>
      {entry.reason && <Item label={t('audit.field.reason')}>{entry.reason}</Item>}
      <Item label={t('audit.field.hash')}>
        <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
          {entry.hash}
        </Typography.Text>
      </Item>
    </Flex>
  );
}
