import { useMemo, useRef } from 'react';
import type { Widget } from '../../../engine/index.js';
import { EChart, type ChartItemClick, type EChartHandle } from '../EChart.js';
import type { ChartSpec, ChartWidgetType } from '../specs/ChartSpec.js';
import { WidgetFrame } from '../WidgetFrame.js';
import type { WidgetViewProps } from '../WidgetViewProps.js';

export interface ChartWidgetViewProps<T extends ChartWidgetType> extends WidgetViewProps<T> {
  readonly spec: ChartSpec<T>;
}

/** A chart widget: the echarts canvas, its table as text alternative, drill-down and exports. */
export function ChartWidgetView<T extends ChartWidgetType>({ spec, widget, data, locale, onDrillDown }: ChartWidgetViewProps<T>) {
  const chart = useRef<EChartHandle>(null);
  const option = useMemo(() => spec.option(widget, data, locale), [spec, widget, data, locale]);
  const table = useMemo(() => spec.table(widget, data, locale), [spec, widget, data, locale]);
  // Every widget has a title; TypeScript cannot see it through the generic Extract.
  const { title } = widget as Widget;
  const drillAt = spec.drillAt;
  const onItemClick =
    onDrillDown === undefined || drillAt === undefined
      ? undefined
      : (click: ChartItemClick) => {
          const drill = drillAt(widget, data, click);
          if (drill !== undefined) onDrillDown(drill);
        };
  return (
    <WidgetFrame title={title} locale={locale} table={table} onDrillDown={onDrillDown} exportPng={() => chart.current?.toPng()}>
      <EChart option={option} summary={spec.summary(widget, data, locale)} onItemClick={onItemClick} handle={chart} />
    </WidgetFrame>
  );
}
