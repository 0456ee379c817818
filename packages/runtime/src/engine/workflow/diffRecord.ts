import type { RecordValues } from './WorkflowContext.js';
import type { ChangeDiff } from './WorkflowInstance.js';

/** Equal as JSON: the same scalars, arrays in order, objects with the same keys in any order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && sameJson(left[key], right[key]));
}

/**
 * The fields an edit changes, each with its value before and after (`null` for none, so the diff
 * is plain JSON). Fields the edit does not mention are unchanged.
 *
 * @example
 * diffRecord({ f_amount: 500000, f_name: 'A' }, { f_amount: 600000, f_name: 'A' }) // { f_amount: { before: 500000, after: 600000 } }
 */
export function diffRecord(before: RecordValues, edit: RecordValues): ChangeDiff {
  const diff: Record<string, { before: unknown; after: unknown }> = {};
  for (const [fieldId, after] of Object.entries(edit)) {
    const previous = Object.hasOwn(before, fieldId) ? before[fieldId] : undefined;
    if (sameJson(previous ?? null, after ?? null)) continue;
    diff[fieldId] = { before: previous ?? null, after: after ?? null };
  }
  return diff;
}
