import { parseRecordFilter } from '../query/parseRecordFilter.js';
import type { TimeZone } from '../query/TimeZone.js';
import type { RecordForm } from '../records/RecordForm.js';
import type { Stores } from '../storage/Stores.js';
import { targetIdentityOf, targetKey, type TargetIdentity } from './targetKey.js';
import { targetField } from './targetsForm.js';

/** How often a target has changed, and the records that hold it. */
export interface TargetChanges {
  /** Changes of its amount so far (see `countTargetChanges`). */
  readonly changes: number;
  /** The records of the target, live or deleted, in submission order. */
  readonly recordIds: readonly string[];
}

/**
 * How often a target (a metric and a `targetKey`) has changed so far: every change of its amount
 * in the history of every record that holds it, plus every record beyond the first — a target
 * written again as a new record (a second submit, an import row), or deleted and written anew,
 * is changed by it. Deleted records count too, so neither way round the limit resets it.
 * A target is of one period, so these are its changes in the period.
 */
export async function countTargetChanges(stores: Stores, form: RecordForm, zone: TimeZone, metric: unknown, target: TargetIdentity): Promise<TargetChanges> {
  if (typeof metric !== 'string' || typeof target.period !== 'string') return { changes: 0, recordIds: [] };
  const filter = parseRecordFilter({ and: [{ field: targetField.metric, op: 'eq', value: metric }, { field: targetField.period, op: 'eq', value: target.period }] }, form.queryFields, zone);
  if (!filter.ok) throw new Error('the targets form has no metric or period field');
  const key = targetKey(target);
  const recordIds: string[] = [];
  for (const state of ['live', 'deleted'] as const) {
    for await (const record of stores.records.iterate({ formId: form.formId, columns: form.columns, scope: { kind: 'all' }, filter: filter.predicate, state })) {
      if (targetKey(targetIdentityOf(record.data)) === key) recordIds.push(record.id);
    }
  }
  let changes = Math.max(0, recordIds.length - 1);
  for (const recordId of recordIds) {
    changes += (await stores.history.list(recordId)).filter((entry) => entry.action === 'update' && entry.changes.some((change) => change.fieldId === targetField.amount)).length;
  }
  return { changes, recordIds };
}
