import type { DimensionMember, PivotData, PivotWidget } from '@formwork/runtime';
import type { DimensionLabeler } from './DimensionLabeler.js';
import { numberOf, type WidgetAggregate } from './runWidgetAggregate.js';

/**
 * A pivot table from one aggregate over all its groupings: the leading ones make the rows, the
 * last `columnLevels` spread across columns; keys keep the aggregate's order (sorted by the
 * grouping values). A row × column without records holds nulls.
 */
export function pivotData(widget: PivotWidget, aggregate: WidgetAggregate, labels: DimensionLabeler): PivotData {
  const { groups, measures } = aggregate.query;
  const columnLevels = Math.min(widget.columnLevels ?? 0, groups.length);
  const rowGroups = groups.slice(0, groups.length - columnLevels);
  const columnGroups = groups.slice(groups.length - columnLevels);
  const rowKeys: DimensionMember[][] = [];
  const columnKeys: DimensionMember[][] = [];
  const rowIndex = new Map<string, number>();
  const columnIndex = new Map<string, number>();
  const place = (members: DimensionMember[], keys: DimensionMember[][], index: Map<string, number>): number => {
    const key = JSON.stringify(members.map((member) => member.value));
    let at = index.get(key);
    if (at === undefined) {
      at = keys.length;
      index.set(key, at);
      keys.push(members);
    }
    return at;
  };
  const placed = aggregate.rows.map((row) => {
    const rowMembers = rowGroups.map((group, index) => labels.member(group, row.keys[index] ?? null));
    const columnMembers = columnGroups.map((group, index) => labels.member(group, row.keys[rowGroups.length + index] ?? null));
    return { row: place(rowMembers, rowKeys, rowIndex), column: columnLevels > 0 ? place(columnMembers, columnKeys, columnIndex) : 0, values: row.values };
  });
  const columns = Math.max(columnKeys.length, 1);
  const cells: (number | null)[][][] = rowKeys.map(() => Array.from({ length: columns }, () => measures.map(() => null)));
  for (const entry of placed) {
    const cell = cells[entry.row]?.[entry.column];
    if (cell) measures.forEach((_, index) => (cell[index] = numberOf(entry.values[index])));
  }
  const name = (fieldId: string): string => labels.fieldLabel(fieldId) ?? fieldId;
  return {
    type: 'pivot',
    rowDimensions: rowGroups.map((group) => name(group.field.id)),
    columnDimensions: columnGroups.map((group) => name(group.field.id)),
    rowKeys,
    columnKeys,
    measures: measures.map((measure) => ({ id: measure.id, label: widget.query.measures?.find((candidate) => candidate.id === measure.id)?.label ?? measure.id })),
    cells,
  };
}
