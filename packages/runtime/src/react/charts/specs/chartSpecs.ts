import { barChartSpec, lineChartSpec } from './seriesChartSpec.js';
import type { ChartSpec, ChartWidgetType } from './ChartSpec.js';
import { funnelChartSpec } from './funnelChartSpec.js';
import { gaugeChartSpec } from './gaugeChartSpec.js';
import { pieChartSpec } from './pieChartSpec.js';

/** The spec of each chart widget type. */
export const chartSpecs: { readonly [T in ChartWidgetType]: ChartSpec<T> } = {
  bar: barChartSpec,
  line: lineChartSpec,
  pie: pieChartSpec,
  funnel: funnelChartSpec,
  gauge: gaugeChartSpec,
};
