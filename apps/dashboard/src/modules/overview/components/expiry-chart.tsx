import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewExpiryWeeksQuery } from '../../../generated/graphql';

// Only the bar chart and the three components it uses: the chunk stays small.
use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type ChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

type Week = OverviewExpiryWeeksQuery['documentExpiryWeeks'][number];

// `documents` counts every expiring document; the third bar is what the other two leave.
const SERIES = [
  { key: 'businessLicenses', color: '#cf1322', count: (week: Week) => week.businessLicenses },
  { key: 'idCards', color: '#fa8c16', count: (week: Week) => week.idCards },
  {
    key: 'documents',
    color: '#1d4ed8',
    count: (week: Week) => Math.max(0, week.documents - week.businessLicenses - week.idCards),
  },
] as const;

/** Stacked bars of expiries per week for the next 13 weeks (loaded on its own, with echarts). */
export const ExpiryChart = ({ weeks, height = 260 }: { weeks: Week[]; height?: number }) => {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const instance = init(container.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const option: ChartOption = {
      animation: false,
      grid: { left: 36, right: 12, top: 36, bottom: 28 },
      legend: { top: 0, itemWidth: 12, itemHeight: 12 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'category',
        data: weeks.map((week) =>
          t('overview.chart.weekOf', { date: String(week.weekStart).slice(5).replace('-', '/') }),
        ),
        axisLabel: { fontSize: 11 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: SERIES.map(({ key, color, count }) => ({
        type: 'bar',
        stack: 'expiries',
        name: t(`overview.chart.series.${key}`),
        itemStyle: { color },
        barMaxWidth: 28,
        data: weeks.map(count),
      })),
    };
    chart.current?.setOption(option, true);
  }, [weeks, t]);

  return (
    <div ref={container} style={{ width: '100%', height }} data-testid="expiry-chart-canvas" />
  );
};

export default ExpiryChart;
