import { useMemo } from 'react';
import { formatChartMessage } from '../chartMessages.js';
import { DataTable } from '../table/DataTable.js';
import { WidgetFrame } from '../WidgetFrame.js';
import type { WidgetViewProps } from '../WidgetViewProps.js';
import { recordTable } from './recordTable.js';

/** Records as a table; the first cell opens the record, and a footnote says when more exist. */
export function RecordTableView({ widget, data, locale, onDrillDown }: WidgetViewProps<'table'>) {
  const table = useMemo(() => recordTable(widget, data), [widget, data]);
  return (
    <WidgetFrame title={widget.title} locale={locale} table={table}>
      <div className="fw-widget__scroll">
        <DataTable table={table} caption={widget.title} locale={locale} onDrillDown={onDrillDown} className="fw-record-table" />
      </div>
      {data.total !== undefined && data.total > data.rows.length && (
        <p className="fw-widget__note">{formatChartMessage(locale, 'shownOfTotal', { n: data.rows.length, total: data.total })}</p>
      )}
    </WidgetFrame>
  );
}
