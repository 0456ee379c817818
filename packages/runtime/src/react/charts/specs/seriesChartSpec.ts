import type { BarData, BarWidget, DrillDown, LineData, LineWidget, Locale } from '../../../engine/index.js';
import { formatChartMessage } from '../chartMessages.js';
import { drillDownOf } from '../drillDownOf.js';
import type { ChartItemClick } from '../EChart.js';
import type { ChartOption } from '../echartsCore.js';
import type { WidgetTable } from '../table/WidgetTable.js';
import type { ChartSpec } from './ChartSpec.js';

type SeriesWidget = BarWidget | LineWidget;
type SeriesData = BarData | LineData;

/**
 * Bar and line charts: categories × series through an echarts dataset (one row per category, one
 * column per series), so the option mirrors the text alternative row for row.
 */
function seriesOption(widget: SeriesWidget, data: SeriesData): ChartOption {
  const horizontal = widget.type === 'bar' && widget.horizontal === true;
  const stack = widget.stacked === true ? { stack: 'total' } : {};
  // Horizontal bars read top-down in category order, as the table does.
  const categoryAxis = { type: 'category' as const, ...(horizontal ? { inverse: true } : {}) };
  const valueAxis = { type: 'value' as const };
  return {
    dataset: { source: data.categories.map((category, index) => [category.label, ...data.series.map((series) => series.values[index] ?? null)]) },
    grid: { left: 8, right: 16, top: data.series.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { show: data.series.length > 1, top: 0 },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: data.series.map((series, index) => {
      const encode = horizontal ? { y: 0, x: index + 1 } : { x: 0, y: index + 1 };
      return widget.type === 'line'
        ? { type: 'line' as const, name: series.label, encode, ...stack, ...(widget.area === true ? { areaStyle: {} } : {}) }
        : { type: 'bar' as const, name: series.label, encode, ...stack };
    }),
  };
}

function seriesTable(widget: SeriesWidget, data: SeriesData, locale: Locale): WidgetTable {
  return {
    columns: [
      { label: data.dimensionLabel ?? formatChartMessage(locale, 'category'), kind: 'text' },
      ...data.series.map((series) => ({ label: series.label, kind: 'number' as const })),
    ],
    rows: data.categories.map((category, index) => {
      const cells = [category.label, ...data.series.map((series) => series.values[index] ?? null)];
      const drill = drillDownOf(widget, [category]);
      return drill === undefined ? { cells } : { cells, drill };
    }),
  };
}

/** A bar stands for its category and, when series split a second grouping, that value too. */
function seriesDrillAt(widget: SeriesWidget, data: SeriesData, click: ChartItemClick): DrillDown | undefined {
  const category = data.categories[click.dataIndex];
  if (category === undefined) return undefined;
  return drillDownOf(widget, [category, data.series[click.seriesIndex]?.member]);
}

export const barChartSpec: ChartSpec<'bar'> = {
  option: seriesOption,
  table: seriesTable,
  summary: (_widget, data, locale) => formatChartMessage(locale, 'summaryBar', { n: data.categories.length, s: data.series.length }),
  drillAt: seriesDrillAt,
};

export const lineChartSpec: ChartSpec<'line'> = {
  option: seriesOption,
  table: seriesTable,
  summary: (_widget, data, locale) => formatChartMessage(locale, 'summaryLine', { n: data.categories.length, s: data.series.length }),
  drillAt: seriesDrillAt,
};
