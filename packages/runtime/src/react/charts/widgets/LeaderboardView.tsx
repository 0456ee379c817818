import { useMemo } from 'react';
import { DataTable } from '../table/DataTable.js';
import { WidgetFrame } from '../WidgetFrame.js';
import type { WidgetViewProps } from '../WidgetViewProps.js';
import { leaderboardTable } from './leaderboardTable.js';

/** People in rank order as a plain table: name, rank, value, and how their rank moved. */
export function LeaderboardView({ widget, data, locale, onDrillDown }: WidgetViewProps<'leaderboard'>) {
  const table = useMemo(() => leaderboardTable(widget, data, locale), [widget, data, locale]);
  return (
    <WidgetFrame title={widget.title} locale={locale} table={table}>
      <DataTable table={table} caption={widget.title} locale={locale} onDrillDown={onDrillDown} className="fw-leaderboard" />
    </WidgetFrame>
  );
}
