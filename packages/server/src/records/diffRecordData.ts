import type { RecordData } from '@formwork/runtime';
import type { RecordChange } from './RecordChange.js';

/**
 * The fields whose values differ between two versions of a record's data, in the order of the
 * new data, then fields only the old one had. Values compare as JSON.
 *
 * @example
 * diffRecordData({ f_a: 1, f_b: 'x' }, { f_a: 2, f_c: true })
 * // [{ fieldId: 'f_a', from: 1, to: 2 }, { fieldId: 'f_c', to: true }, { fieldId: 'f_b', from: 'x' }]
 */
export function diffRecordData(before: RecordData, after: RecordData): RecordChange[] {
  const changes: RecordChange[] = [];
  const keys = [...Object.keys(after), ...Object.keys(before).filter((key) => !Object.hasOwn(after, key))];
  for (const fieldId of keys) {
    const from = Object.hasOwn(before, fieldId) ? before[fieldId] : undefined;
    const to = Object.hasOwn(after, fieldId) ? after[fieldId] : undefined;
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes.push({ fieldId, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
  }
  return changes;
}
