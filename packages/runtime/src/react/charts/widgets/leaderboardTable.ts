import type { LeaderboardData, LeaderboardWidget, Locale } from '../../../engine/index.js';
import { formatChartMessage } from '../chartMessages.js';
import { drillDownOf } from '../drillDownOf.js';
import type { WidgetTable } from '../table/WidgetTable.js';

/** Rank, name, value, change of rank; the name heads the row and is its drill-down. */
export function leaderboardTable(widget: LeaderboardWidget, data: LeaderboardData, locale: Locale): WidgetTable {
  return {
    columns: [
      { label: formatChartMessage(locale, 'rank'), kind: 'number' },
      { label: data.dimensionLabel ?? formatChartMessage(locale, 'name'), kind: 'text' },
      { label: data.valueLabel ?? formatChartMessage(locale, 'value'), kind: 'number' },
      { label: formatChartMessage(locale, 'rankChange'), kind: 'rankChange' },
    ],
    rows: data.rows.map((row) => {
      const cells = [row.rank, row.member.label, row.value, row.rankChange];
      const drill = drillDownOf(widget, [row.member]);
      return drill === undefined ? { cells } : { cells, drill };
    }),
    rowHeaderColumns: [1],
  };
}
