import { diffSubformRows, type FieldDefinition, type Locale } from '../../engine/index.js';
import type { Translate } from '../i18n/LocaleContext.js';
import { formatCell } from './formatCell.js';

/**
 * A subform's change in a record's history as lines people read — "第 2 行 数量：10 → 12",
 * "新增第 3 行：产品 Cap, 数量 2" — rows matched by their id, so a row moved up is not reported
 * as changed. Undefined when the field is no subform or the values are not rows (the caller then
 * shows the values whole); a change that only reorders rows says so.
 */
export function describeSubformChange(field: FieldDefinition | undefined, from: unknown, to: unknown, locale: Locale, t: Translate): string[] | undefined {
  if (field?.type !== 'subform') return undefined;
  const rows = diffSubformRows(from, to);
  if (!rows) return undefined;
  if (rows.length === 0) return [t('historyRowsReordered', { field: field.label })];
  const columns = new Map(field.fields.map((column) => [column.id, column]));
  const label = (columnId: string): string => columns.get(columnId)?.label ?? columnId;
  const text = (columnId: string, value: unknown): string => formatCell(columns.get(columnId), value, locale) || t('empty');
  return rows.flatMap((row) => {
    if (row.kind === 'changed') {
      return row.columns.map((column) => t('historyRowChange', { n: row.row, column: label(column.columnId), from: text(column.columnId, column.from), to: text(column.columnId, column.to) }));
    }
    const values = row.columns.map((column) => t('historyRowValue', { column: label(column.columnId), value: text(column.columnId, row.kind === 'added' ? column.to : column.from) })).join(', ');
    return [t(row.kind === 'added' ? 'historyRowAdded' : 'historyRowRemoved', { n: row.row, values })];
  });
}
