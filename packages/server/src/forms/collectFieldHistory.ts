import type { FieldDefinition } from '@formwork/runtime';
import type { FormVersion } from '../storage/FormStore.js';
import { listValueFields } from './listValueFields.js';

/** A value-holding field as it has been across all published versions of a form. */
export interface FieldHistoryEntry {
  /** The latest definition the field had (its label for export headers, its type for reading). */
  readonly field: FieldDefinition;
  readonly subformId: string | null;
  readonly firstVersion: number;
  readonly lastVersion: number;
  /** Not in the latest version: values stay in records and are still exported, marked as removed. */
  readonly removed: boolean;
}

/**
 * Every field that ever held a value in a form, in the order of the latest version, then removed
 * fields in the order they were last seen. This is what makes "a removed field's values stay
 * readable and exportable": records keep their data by field id, and this names every id.
 */
export function collectFieldHistory(versions: readonly FormVersion[]): FieldHistoryEntry[] {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const latest = sorted.at(-1);
  const seen = new Map<string, { field: FieldDefinition; subformId: string | null; first: number; last: number }>();
  for (const version of sorted) {
    for (const entry of listValueFields(version.schema)) {
      const known = seen.get(entry.field.id);
      seen.set(entry.field.id, { field: entry.field, subformId: entry.subformId, first: known?.first ?? version.version, last: version.version });
    }
  }
  const current: FieldHistoryEntry[] = [];
  const removed: FieldHistoryEntry[] = [];
  for (const [, item] of seen) {
    const entry = { field: item.field, subformId: item.subformId, firstVersion: item.first, lastVersion: item.last, removed: item.last !== latest?.version };
    (entry.removed ? removed : current).push(entry);
  }
  const order = new Map(latest ? listValueFields(latest.schema).map((entry, index) => [entry.field.id, index]) : []);
  current.sort((a, b) => (order.get(a.field.id) ?? 0) - (order.get(b.field.id) ?? 0));
  removed.sort((a, b) => b.lastVersion - a.lastVersion);
  return [...current, ...removed];
}
