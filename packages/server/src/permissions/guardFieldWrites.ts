import type { CompiledForm, FieldType, RecordData } from '@formwork/runtime';
import { isDeepStrictEqual } from 'node:util';
import { fieldReadOnly } from './fieldAccessErrors.js';
import type { FieldAccess } from './fieldAccessOf.js';

/** A save's input with the caller's locked fields taken care of, and the check of what they sent for them. */
export interface FieldWriteGuard {
  /**
   * The input to save: on a change, locked fields hold their stored values whatever was sent;
   * on a create they are left out, so the engine fills them with their defaults and formulas
   * exactly as for a field nobody touched.
   */
  readonly input: unknown;
  /**
   * Throws 403 `field_read_only` (naming the field by its label) when a locked field was sent
   * with a value other than the one it keeps: the stored value on a change, on a create the value
   * the server worked out (`saved`). Values sent back unchanged pass.
   */
  check(saved: RecordData): void;
}

// The server computes these whatever a client sends: sending one changes nothing, so it is no write.
const computedTypes: ReadonlySet<FieldType> = new Set(['formula', 'lookup', 'serial']);

/**
 * The write half of field permissions, for the one gate every save passes (`prepareRecordData`:
 * submit, change, batch change, import). `existing` is the stored data on a change, null on a create.
 */
export function guardFieldWrites(access: FieldAccess, compiled: CompiledForm, input: unknown, existing: RecordData | null): FieldWriteGuard {
  if (access.locked.size === 0 || typeof input !== 'object' || input === null || Array.isArray(input)) return { input, check: () => undefined };
  const guarded: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  const sent = new Map<string, unknown>();
  for (const fieldId of access.locked) {
    const field = compiled.fieldsById.get(fieldId);
    if (!field || computedTypes.has(field.type)) continue;
    if (Object.hasOwn(guarded, fieldId)) sent.set(fieldId, guarded[fieldId]);
    if (existing && Object.hasOwn(existing, fieldId)) guarded[fieldId] = existing[fieldId];
    else delete guarded[fieldId];
  }
  return {
    input: guarded,
    check(saved) {
      const kept = existing ?? saved;
      for (const [fieldId, value] of sent) {
        if (sameValue(value, kept[fieldId])) continue;
        throw fieldReadOnly(fieldId, compiled.fieldsById.get(fieldId)?.label ?? fieldId);
      }
    },
  };
}

function sameValue(sent: unknown, kept: unknown): boolean {
  return isEmpty(sent) ? isEmpty(kept) : isDeepStrictEqual(sent, kept);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}
