import { formatPercent } from '../../../engine/index.js';
import { formatChartMessage } from '../chartMessages.js';
import { formatNumber } from '../table/formatCell.js';
import type { ChartSpec } from './ChartSpec.js';

/**
 * Completion against target on a 0–100 % dial that widens in steps of 25 % when the target is
 * beaten, so an over-achievement is not pinned at the end stop. The figure under the needle is
 * the same rounded percentage the table and the server's CSV show.
 */
export const gaugeChartSpec: ChartSpec<'gauge'> = {
  option(widget, data) {
    const percent = (data.completion ?? 0) * 100;
    return {
      series: [
        {
          type: 'gauge',
          name: widget.title,
          min: 0,
          max: Math.max(100, Math.ceil(percent / 25) * 25),
          progress: { show: true, width: 12 },
          axisLine: { lineStyle: { width: 12 } },
          axisLabel: { formatter: '{value}%' },
          detail: { valueAnimation: false, formatter: formatPercent(data.completion) },
          data: [{ value: Number(percent.toFixed(1)), name: widget.unit ?? '' }],
        },
      ],
    };
  },
  table(_widget, data, locale) {
    return {
      columns: [
        { label: formatChartMessage(locale, 'actual'), kind: 'number' },
        { label: formatChartMessage(locale, 'target'), kind: 'number' },
        { label: formatChartMessage(locale, 'completion'), kind: 'percent' },
      ],
      rows: [{ cells: [data.actual, data.target, data.completion] }],
      rowHeaderColumns: [],
    };
  },
  summary: (_widget, data, locale) =>
    formatChartMessage(locale, 'summaryGauge', {
      completion: formatPercent(data.completion),
      actual: data.actual === null ? '—' : formatNumber(data.actual, locale),
      target: formatNumber(data.target, locale),
    }),
};
