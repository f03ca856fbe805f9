import ReactECharts from 'echarts-for-react';
import type { Kpi } from './kpi';
import type { MonthTally, Tally } from '../api/get-dashboard';

const automated = () => typeof navigator !== 'undefined' && navigator.webdriver;

/** One KPI as a gauge: the figure against its target (the needle stops at 100%, the label shows the real percentage). */
export function KpiGauge({ kpi }: { kpi: Kpi }) {
  const option = {
    animation: !automated(),
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 100,
        progress: { show: true, width: 10 },
        axisLine: { lineStyle: { width: 10 } },
        axisTick: { show: false },
        splitLine: { length: 6 },
        axisLabel: { show: false },
        pointer: { width: 4 },
        detail: { valueAnimation: false, fontSize: 18, offsetCenter: [0, '70%'], formatter: () => `${kpi.percent}%` },
        data: [{ value: Math.min(100, kpi.percent) }],
      },
    ],
  };
  return <ReactECharts option={option} style={{ height: 160 }} notMerge />;
}

export interface TrendSeries {
  name: string;
  months: MonthTally[];
}

/** Monthly trends: one line per series, January to December. */
export function TrendChart({ series }: { series: TrendSeries[] }) {
  const option = {
    animation: !automated(),
    tooltip: { trigger: 'axis' },
    legend: { data: series.map((s) => s.name) },
    grid: { left: 40, right: 20, bottom: 30 },
    xAxis: { type: 'category', data: Array.from({ length: 12 }, (_, i) => `${i + 1}月`) },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({ name: s.name, type: 'line', smooth: true, data: s.months.map((m) => m.count) })),
  };
  return <ReactECharts option={option} style={{ height: 300 }} notMerge />;
}

/** A bar per street; clicking a bar calls `onSelect` with the street's code. */
export function StreetBarChart({ streets, label, onSelect }: { streets: Tally[]; label: string; onSelect: (code: string) => void }) {
  const option = {
    animation: !automated(),
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 20, bottom: 90 },
    xAxis: { type: 'category', data: streets.map((s) => s.name), axisLabel: { rotate: 45, interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: label, type: 'bar', data: streets.map((s) => s.count), cursor: 'pointer' }],
  };
  return (
    <ReactECharts
      option={option}
      style={{ height: 320 }}
      notMerge
      onEvents={{ click: (params: { dataIndex: number }) => onSelect(streets[params.dataIndex].code) }}
      data-testid="street-bar-chart"
    />
  );
}
