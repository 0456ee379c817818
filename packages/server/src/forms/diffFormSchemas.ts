import type { FieldType, FormSchema } from '@formwork/runtime';
import { listValueFields } from './listValueFields.js';

/** How the value-holding fields of a form changed between two published versions. */
export interface FormChanges {
  readonly added: readonly string[];
  /** No longer in the form. Their values stay in the records, readable and exportable. */
  readonly removed: readonly string[];
  /** Same id, new type: existing values need converting (see FormPublishHook). */
  readonly retyped: readonly { readonly fieldId: string; readonly from: FieldType; readonly to: FieldType }[];
  /** Moved into, out of or between subforms: the value now lives at another place in a record. */
  readonly moved: readonly { readonly fieldId: string; readonly from: string | null; readonly to: string | null }[];
}

/**
 * Compares the value-holding fields (by id, never by label) of the previous published schema —
 * null for a first publish — and the next one.
 *
 * @example
 * diffFormSchemas(v1, v2) // { added: ['f_phone'], removed: [], retyped: [{ fieldId: 'f_amount', from: 'text', to: 'number' }], moved: [] }
 */
export function diffFormSchemas(previous: FormSchema | null, next: FormSchema): FormChanges {
  const before = new Map((previous ? listValueFields(previous) : []).map((entry) => [entry.field.id, entry]));
  const after = new Map(listValueFields(next).map((entry) => [entry.field.id, entry]));
  const added: string[] = [];
  const retyped: { fieldId: string; from: FieldType; to: FieldType }[] = [];
  const moved: { fieldId: string; from: string | null; to: string | null }[] = [];
  for (const [id, entry] of after) {
    const old = before.get(id);
    if (!old) {
      added.push(id);
      continue;
    }
    if (old.field.type !== entry.field.type) retyped.push({ fieldId: id, from: old.field.type, to: entry.field.type });
    if (old.subformId !== entry.subformId) moved.push({ fieldId: id, from: old.subformId, to: entry.subformId });
  }
  const removed = [...before.keys()].filter((id) => !after.has(id));
  return { added, removed, retyped, moved };
}

/** Whether anything a record holds is affected. */
export function hasFieldChanges(changes: FormChanges): boolean {
  return changes.added.length + changes.removed.length + changes.retyped.length + changes.moved.length > 0;
}
