import { formatPercent } from '../../../engine/index.js';
import { formatChartMessage } from '../chartMessages.js';
import { drillDownOf } from '../drillDownOf.js';
import { formatNumber } from '../table/formatCell.js';
import type { ChartSpec } from './ChartSpec.js';

/**
 * Stages top-down in the data's order (echarts would sort them by size, which reorders a funnel
 * whose later stage is larger); each stage's label carries its count and the conversion from the
 * stage above, which is what a manager reads a funnel for.
 */
export const funnelChartSpec: ChartSpec<'funnel'> = {
  option(widget, data, locale) {
    return {
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'funnel',
          name: widget.title,
          sort: 'none',
          left: '10%',
          width: '80%',
          minSize: '12%',
          label: { show: true, position: 'inside' },
          data: data.stages.map((stage, index) => ({
            name: stage.member.label,
            value: stage.count,
            label: {
              formatter:
                index === 0
                  ? `${stage.member.label}  ${formatNumber(stage.count, locale)}`
                  : `${stage.member.label}  ${formatNumber(stage.count, locale)}  (${formatPercent(stage.conversion)})`,
            },
          })),
        },
      ],
    };
  },
  table(widget, data, locale) {
    return {
      columns: [
        { label: data.dimensionLabel ?? formatChartMessage(locale, 'stage'), kind: 'text' },
        { label: data.valueLabel ?? formatChartMessage(locale, 'count'), kind: 'number' },
        { label: formatChartMessage(locale, 'conversion'), kind: 'percent' },
        { label: formatChartMessage(locale, 'overall'), kind: 'percent' },
      ],
      rows: data.stages.map((stage) => {
        const cells = [stage.member.label, stage.count, stage.conversion, stage.overall];
        const drill = drillDownOf(widget, [stage.member]);
        return drill === undefined ? { cells } : { cells, drill };
      }),
    };
  },
  summary: (_widget, data, locale) =>
    formatChartMessage(locale, 'summaryFunnel', { n: data.stages.length, overall: formatPercent(data.stages.at(-1)?.overall ?? null) }),
  drillAt: (widget, data, click) => drillDownOf(widget, [data.stages[click.dataIndex]?.member]),
};
