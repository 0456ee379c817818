import type { Locale, PivotData, PivotWidget } from '../../../engine/index.js';
import { drillDownOf } from '../drillDownOf.js';
import type { TableColumn, WidgetTable } from '../table/WidgetTable.js';

/**
 * The pivot flattened to one header row: a column per row grouping, then one per column key and
 * measure, headed "key / key / measure" (a measure's name alone when nothing spreads across, or
 * the key alone when there is one measure). One header row keeps the CSV one table, and the
 * screen reader's column header the whole path.
 */
export function pivotTable(widget: PivotWidget, data: PivotData, _locale: Locale): WidgetTable {
  const keys = data.columnKeys.length === 0 ? [[]] : data.columnKeys;
  const valueColumns: TableColumn[] = keys.flatMap((key) =>
    data.measures.map((measure) => ({
      label: [...key.map((member) => member.label), ...(key.length === 0 || data.measures.length > 1 ? [measure.label] : [])].join(' / '),
      kind: 'number' as const,
    })),
  );
  return {
    columns: [...data.rowDimensions.map((label) => ({ label, kind: 'text' as const })), ...valueColumns],
    rows: data.rowKeys.map((rowKey, rowIndex) => {
      const cells = [
        ...rowKey.map((member) => member.label),
        ...keys.flatMap((_key, columnIndex) => data.measures.map((_measure, measureIndex) => data.cells[rowIndex]?.[columnIndex]?.[measureIndex] ?? null)),
      ];
      const drill = drillDownOf(widget, rowKey);
      return drill === undefined ? { cells } : { cells, drill };
    }),
    rowHeaderColumns: data.rowDimensions.map((_label, index) => index),
  };
}
