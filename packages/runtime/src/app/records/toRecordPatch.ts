import type { FieldDefinition, RecordData } from '../../engine/index.js';

/**
 * The `data` of a PATCH from the values the form holds: every value, plus `null` for each field
 * of the form the user emptied (the server keeps a field the body does not name). Values of
 * fields no longer in the form are left alone.
 *
 * @example
 * toRecordPatch({ a: 1, b: 2 }, { a: 3 }, fieldsById) // { a: 3, b: null }
 */
export function toRecordPatch(original: RecordData, values: RecordData, fieldsById: ReadonlyMap<string, FieldDefinition>): Record<string, unknown> {
  const patch: Record<string, unknown> = { ...values };
  for (const id of Object.keys(original)) {
    if (!Object.hasOwn(values, id) && fieldsById.has(id)) patch[id] = null;
  }
  return patch;
}
