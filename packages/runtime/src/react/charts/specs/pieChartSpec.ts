import { formatChartMessage } from '../chartMessages.js';
import { drillDownOf } from '../drillDownOf.js';
import type { ChartSpec } from './ChartSpec.js';

/** Slices in the data's order; the table adds each slice's share, which the eye only estimates. */
export const pieChartSpec: ChartSpec<'pie'> = {
  option(widget, data) {
    return {
      tooltip: { trigger: 'item' },
      legend: { show: data.slices.length > 1, type: 'scroll', bottom: 0 },
      series: [
        {
          type: 'pie',
          name: widget.title,
          radius: widget.donut === true ? ['40%', '68%'] : '68%',
          center: ['50%', '45%'],
          data: data.slices.map((slice) => ({ name: slice.member.label, value: slice.value })),
        },
      ],
    };
  },
  table(widget, data, locale) {
    const total = data.slices.reduce((sum, slice) => sum + slice.value, 0);
    return {
      columns: [
        { label: data.dimensionLabel ?? formatChartMessage(locale, 'category'), kind: 'text' },
        { label: data.valueLabel ?? formatChartMessage(locale, 'value'), kind: 'number' },
        { label: formatChartMessage(locale, 'share'), kind: 'percent' },
      ],
      rows: data.slices.map((slice) => {
        const cells = [slice.member.label, slice.value, total > 0 ? slice.value / total : null];
        const drill = drillDownOf(widget, [slice.member]);
        return drill === undefined ? { cells } : { cells, drill };
      }),
    };
  },
  summary: (_widget, data, locale) => formatChartMessage(locale, 'summaryPie', { n: data.slices.length }),
  drillAt: (widget, data, click) => drillDownOf(widget, [data.slices[click.dataIndex]?.member]),
};
