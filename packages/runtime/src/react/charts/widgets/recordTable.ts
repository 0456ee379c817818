import type { RecordTableData, TableWidget } from '../../../engine/index.js';
import type { WidgetTable } from '../table/WidgetTable.js';

/** The listed records as they come; each row opens its record. */
export function recordTable(widget: TableWidget, data: RecordTableData): WidgetTable {
  return {
    columns: data.columns.map((column) => ({ label: column.label, kind: column.numeric === true ? 'number' : 'text' })),
    rows: data.rows.map((row) => ({ cells: row.cells, drill: { widgetId: widget.id, dimensions: [], recordId: row.id } })),
  };
}
