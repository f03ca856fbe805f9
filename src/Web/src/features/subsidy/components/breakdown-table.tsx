import { Alert, Descriptions, Flex, Statistic, Table, Tag, Typography } from 'antd';
import { useT } from '@/lib/i18n';
import type { Calculation } from '../api/subsidy';
import { subsidyMessages } from '../locales';
import { yuan } from './subsidy-labels';

/** The calculation (计算明细): eligibility, amount, inputs, the parameter version and values, each step. */
export function BreakdownTable({ calculation }: { calculation: Calculation }) {
  const t = useT(subsidyMessages);
  const inputKey = (name: string) => `subsidy.input.${name}` as Parameters<typeof t>[0];
  return (
    <Flex vertical gap="middle" data-testid="subsidy-breakdown">
      <Flex gap="large" align="center" wrap>
        <Statistic title={t('subsidy.breakdown.amount')} value={yuan(calculation.amount)} suffix="元" data-testid="breakdown-amount" />
        {calculation.eligible ? (
          <Tag color="green" data-testid="breakdown-eligible">
            {t('subsidy.breakdown.eligible')}
          </Tag>
        ) : (
          <Tag color="red" data-testid="breakdown-eligible">
            {t('subsidy.breakdown.notEligible')}
          </Tag>
        )}
      </Flex>
      {!calculation.eligible && calculation.reason && <Alert type="warning" showIcon title={calculation.reason} data-testid="breakdown-reason" />}
      <Descriptions size="small" bordered column={1} title={t('subsidy.breakdown.inputs')}>
        {Object.entries(calculation.inputs).map(([name, value]) => (
          <Descriptions.Item key={name} label={t(inputKey(name))}>
            {value}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Descriptions size="small" bordered column={1} title={t('subsidy.breakdown.parameters', { version: calculation.parameterVersion })}>
        {Object.entries(calculation.parameters).map(([name, value]) => (
          <Descriptions.Item key={name} label={name}>
            {String(value)}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <div>
        <Typography.Text strong>{t('subsidy.breakdown.steps')}</Typography.Text>
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={calculation.steps.map((step, index) => ({ ...step, key: index }))}
          data-testid="breakdown-steps"
          columns={[
            { title: t('subsidy.breakdown.step'), dataIndex: 'label' },
            { title: t('subsidy.breakdown.value'), dataIndex: 'value' },
          ]}
        />
      </div>
    </Flex>
  );
}
