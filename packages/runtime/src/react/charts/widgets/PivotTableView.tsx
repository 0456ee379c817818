import { useMemo } from 'react';
import { DataTable } from '../table/DataTable.js';
import { WidgetFrame } from '../WidgetFrame.js';
import type { WidgetViewProps } from '../WidgetViewProps.js';
import { pivotTable } from './pivotTable.js';

/** Row keys down, column keys across, a measure in each cell; a row's key drills into it. */
export function PivotTableView({ widget, data, locale, onDrillDown }: WidgetViewProps<'pivot'>) {
  const table = useMemo(() => pivotTable(widget, data, locale), [widget, data, locale]);
  return (
    <WidgetFrame title={widget.title} locale={locale} table={table}>
      <div className="fw-widget__scroll">
        <DataTable table={table} caption={widget.title} locale={locale} onDrillDown={onDrillDown} className="fw-pivot" />
      </div>
    </WidgetFrame>
  );
}
