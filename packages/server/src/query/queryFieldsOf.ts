import type { FieldHistoryEntry } from '../forms/collectFieldHistory.js';
import type { QueryField } from './QueryField.js';
import { queryValueKindOf } from './queryValueKindOf.js';
import { systemFields } from './systemFields.js';

/**
 * Every field a query on a form may name: the system fields, then each top-level value field the
 * form ever had (removed ones too: their values stay in the records). Subform columns live
 * inside rows and are not queryable on their own.
 */
export function queryFieldsOf(history: readonly FieldHistoryEntry[]): ReadonlyMap<string, QueryField> {
  const fields = new Map<string, QueryField>(systemFields.map((field) => [field.id, field]));
  for (const entry of history) {
    if (entry.subformId !== null) continue;
    fields.set(entry.field.id, {
      id: entry.field.id,
      kind: queryValueKindOf(entry.field),
      system: false,
      removed: entry.removed,
    });
  }
  return fields;
}
