import type { RecordData } from '@formwork/runtime';
import type { RecordHistoryEntry } from '../records/RecordChange.js';
import type { FieldAccess } from './fieldAccessOf.js';

/** A record (or record view) without the values of the fields the caller may not see. */
export function hideFieldsOfRecord<T extends { readonly data: RecordData }>(record: T, access: FieldAccess): T {
  if (access.hidden.size === 0) return record;
  return { ...record, data: Object.fromEntries(Object.entries(record.data).filter(([fieldId]) => !access.hidden.has(fieldId))) };
}

/**
 * A record's history without the changes of hidden fields. An update or conversion that changed
 * only hidden fields is left out altogether: an empty entry would still say when the hidden
 * value changed, and who changed it.
 */
export function hideFieldsOfHistory(entries: readonly RecordHistoryEntry[], access: FieldAccess): RecordHistoryEntry[] {
  if (access.hidden.size === 0) return [...entries];
  return entries.flatMap((entry) => {
    const changes = entry.changes.filter((change) => !access.hidden.has(change.fieldId));
    if (changes.length === entry.changes.length) return [entry];
    return changes.length === 0 ? [] : [{ ...entry, changes }];
  });
}
