import { Progress, Space, Typography } from 'antd';
import { useT } from '@/lib/i18n';
import type { Batch } from '../api/batches';
import { vouchersMessages } from '../locales';

const STAGES = ['issued', 'served', 'verified', 'reimbursed'] as const;

/** Percent of the batch's quantity, rounded down to one decimal (never shows 100% before the last voucher). */
export function percentOf(count: number, quantity: number): number {
  if (quantity <= 0) return 0;
  return Math.floor((count / quantity) * 1000) / 10;
}

/** The batch's progress gauges: issued / served / verified / reimbursed, each as count and value. */
export function BatchProgress({ batch, compact = false }: { batch: Batch; compact?: boolean }) {
  const t = useT(vouchersMessages);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={compact ? 0 : 'small'} data-testid="batch-progress">
      {STAGES.map((stage) => {
        const figure = batch.progress[stage];
        return (
          <div key={stage} data-testid={`batch-progress-${stage}`}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`vouchers.progress.${stage}`)} · {t('vouchers.progress.line', { count: figure.count, value: figure.value.toFixed(2) })}
            </Typography.Text>
            <Progress percent={percentOf(figure.count, batch.quantity)} size="small" status="normal" />
          </div>
        );
      })}
    </Space>
  );
}
