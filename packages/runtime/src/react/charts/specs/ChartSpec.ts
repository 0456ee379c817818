import type { DrillDown, Locale, Widget, WidgetDataByType } from '../../../engine/index.js';
import type { ChartItemClick } from '../EChart.js';
import type { ChartOption } from '../echartsCore.js';
import type { WidgetTable } from '../table/WidgetTable.js';

/** The widget types drawn by echarts; the others are HTML. */
export type ChartWidgetType = 'bar' | 'line' | 'pie' | 'funnel' | 'gauge';

/**
 * Everything a chart widget needs from its data, as pure functions (tested without a canvas): the
 * echarts option, the text alternative, the one-line summary read out for the canvas, and what a
 * click on an item narrows to.
 */
export interface ChartSpec<T extends ChartWidgetType> {
  option(widget: Extract<Widget, { type: T }>, data: WidgetDataByType[T], locale: Locale): ChartOption;
  table(widget: Extract<Widget, { type: T }>, data: WidgetDataByType[T], locale: Locale): WidgetTable;
  summary(widget: Extract<Widget, { type: T }>, data: WidgetDataByType[T], locale: Locale): string;
  drillAt?(widget: Extract<Widget, { type: T }>, data: WidgetDataByType[T], click: ChartItemClick): DrillDown | undefined;
}
