import ReactECharts from 'echarts-for-react';
import type { TargetProgress } from '../api/progress';

interface ProgressChartProps {
  progress: TargetProgress;
  labels: { monthly: string; cumulative: string; target: string };
}

/** Completions by month (bars) and the running total against the yearly target (line). Animation is off under automation. */
export function ProgressChart({ progress, labels }: ProgressChartProps) {
  const automated = typeof navigator !== 'undefined' && navigator.webdriver;
  const option = {
    animation: !automated,
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.monthly, labels.cumulative, labels.target] },
    xAxis: { type: 'category', data: progress.byMonth.map((m) => `${m.month}`) },
    yAxis: { type: 'value' },
    series: [
      { name: labels.monthly, type: 'bar', data: progress.byMonth.map((m) => m.trained) },
      { name: labels.cumulative, type: 'line', data: progress.byMonth.map((m) => m.cumulative) },
      { name: labels.target, type: 'line', lineStyle: { type: 'dashed' }, symbol: 'none', data: progress.byMonth.map(() => progress.target) },
    ],
  };
  return <ReactECharts option={option} style={{ height: 320 }} notMerge data-testid="progress-chart" />;
}
