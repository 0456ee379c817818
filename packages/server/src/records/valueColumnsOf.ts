import type { FieldHistoryEntry } from '../forms/collectFieldHistory.js';
import { queryValueKindOf } from '../query/queryValueKindOf.js';
import type { ValueColumn } from './ValueColumn.js';

/**
 * The value-table columns of a form: every top-level value field it ever had (by id), so removed
 * fields stay filterable and a field's column survives every publish. Indexed from the start:
 * `unique` fields (checked on every write). Other columns get their index the first time a query
 * filters or sorts by them (see `columnsToIndex`), so a form pays, on every insert, only for the
 * indexes its lists and dashboards actually use.
 */
export function valueColumnsOf(history: readonly FieldHistoryEntry[]): ValueColumn[] {
  return history
    .filter((entry) => entry.subformId === null)
    .map((entry) => ({
      fieldId: entry.field.id,
      kind: queryValueKindOf(entry.field),
      fieldType: entry.field.type,
      indexed: !entry.removed && entry.field.unique === true,
    }));
}
