import { SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '@/lib/i18n';
import type { AuditFilter, AuditOutcome } from '../api/get-audit';
import { auditMessages } from '../locales';
import { OUTCOMES } from './outcome-badge';

interface AuditFilterValues {
  actor?: string;
  action?: string;
  outcome?: AuditOutcome;
  period?: [Dayjs | null, Dayjs | null] | null;
}

export type AuditFilters = Omit<AuditFilter, 'page' | 'pageSize'>;

export function toAuditFilters({ actor, action, outcome, period }: AuditFilterValues): AuditFilters {
  return {
    actor: actor?.trim() || undefined,
    action: action?.trim() || undefined,
    outcome,
    from: period?.[0]?.toISOString(),
    to: period?.[1]?.toISOString(),
  };
}

export function AuditFiltersForm({ onSearch }: { onSearch: (filters: AuditFilters) => void }) {
  const t = useT(auditMessages);
  const [form] = Form.useForm<AuditFilterValues>();
  const reset = () => {
    form.resetFields();
    onSearch(toAuditFilters({}));
  };

  return (
    <Form form={form} layout="inline" name="audit-filters" onFinish={(values) => onSearch(toAuditFilters(values))} style={{ rowGap: 8 }}>
      <Form.Item name="actor">
        <Input allowClear placeholder={t('audit.field.actor')} style={{ width: 160 }} data-testid="audit-actor" />
      </Form.Item>
      <Form.Item name="action">
        <Input allowClear placeholder={t('audit.field.action')} style={{ width: 160 }} data-testid="audit-action" />
      </Form.Item>
      <Form.Item name="outcome">
        <Select
          allowClear
          placeholder={t('audit.field.outcome')}
          style={{ width: 120 }}
          options={OUTCOMES.map((outcome) => ({ value: outcome, label: t(`audit.outcome.${outcome}`) }))}
        />
      </Form.Item>
      <Form.Item name="period">
        <DatePicker.RangePicker showTime aria-label={t('audit.field.period')} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search-submit">
            {t('action.search')}
          </Button>
          <Button onClick={reset}>{t('action.reset')}</Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
