import ReactECharts from 'echarts-for-react';
import type { FundItem } from '../api/subsidy';

interface FundChartProps {
  items: FundItem[];
  labels: { allocated: string; reserved: string; paid: string; recovered: string };
}

/** Allocated, reserved, paid and recovered per item (bars). Animation is off under automation. */
export function FundChart({ items, labels }: FundChartProps) {
  const automated = typeof navigator !== 'undefined' && navigator.webdriver;
  const option = {
    animation: !automated,
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.allocated, labels.reserved, labels.paid, labels.recovered] },
    grid: { left: 80, right: 20, bottom: 90 },
    xAxis: { type: 'category', data: items.map((i) => i.itemName), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value' },
    series: [
      { name: labels.allocated, type: 'bar', data: items.map((i) => i.allocated) },
      { name: labels.reserved, type: 'bar', data: items.map((i) => i.reserved) },
      { name: labels.paid, type: 'bar', data: items.map((i) => i.paid) },
      { name: labels.recovered, type: 'bar', data: items.map((i) => i.recovered) },
    ],
  };
  return <ReactECharts option={option} style={{ height: 360 }} notMerge data-testid="fund-chart" />;
}
