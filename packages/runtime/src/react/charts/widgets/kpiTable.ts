import type { KpiData, KpiWidget, Locale } from '../../../engine/index.js';
import { formatChartMessage } from '../chartMessages.js';
import type { WidgetTable } from '../table/WidgetTable.js';

/** The card's figures as one row, for the CSV export. */
export function kpiTable(widget: KpiWidget, data: KpiData, locale: Locale): WidgetTable {
  const valueLabel = widget.unit === undefined ? formatChartMessage(locale, 'value') : `${formatChartMessage(locale, 'value')} (${widget.unit})`;
  if (widget.compareTo === undefined) return { columns: [{ label: valueLabel, kind: 'number' }], rows: [{ cells: [data.value] }], rowHeaderColumns: [] };
  return {
    columns: [
      { label: valueLabel, kind: 'number' },
      { label: formatChartMessage(locale, 'previous'), kind: 'number' },
      { label: formatChartMessage(locale, 'change'), kind: 'number' },
      { label: formatChartMessage(locale, 'changeRatio'), kind: 'change' },
    ],
    rows: [{ cells: [data.value, data.previous ?? null, data.change?.absolute ?? null, data.change?.ratio ?? null] }],
    rowHeaderColumns: [],
  };
}
