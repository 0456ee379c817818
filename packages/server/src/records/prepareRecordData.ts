import type { EvaluationContext, FieldError, Locale, RecordData } from '@formwork/runtime';
import { fieldAccessOf, type FieldAccess } from '../permissions/fieldAccessOf.js';
import { guardFieldWrites } from '../permissions/guardFieldWrites.js';
import type { Viewer } from '../permissions/Viewer.js';
import type { Stores } from '../storage/Stores.js';
import { assignRowIds } from './assignRowIds.js';
import { checkReferences } from './checkReferences.js';
import type { LinkResolver } from './createLinkResolver.js';
import { fillLookups } from './fillLookups.js';
import { keepHeldLinks } from './keepHeldLinks.js';
import type { RecordForm } from './RecordForm.js';
import { fileIdsOf, resolveFileRefs } from './resolveFileRefs.js';
import type { StoredRecord } from './StoredRecord.js';

/** Who is saving, when and in which language: the same for every record of a request. */
export interface SaveContext {
  /** The stores to read through: the write transaction's `tx` when saving. */
  readonly stores: Stores;
  readonly form: RecordForm;
  readonly viewer: Viewer;
  /** What the saver may not change; absent: the viewer's role's (`fieldAccessOf`). */
  readonly fields?: FieldAccess;
  readonly locale: Locale;
  readonly now: number;
  readonly timeZone: string;
  readonly findLinked: LinkResolver;
  /** Ids for subform rows sent without one (an API client's); absent, such rows are refused. */
  readonly newRowId?: () => string;
}

export type PreparedRecord = { readonly ok: true; readonly data: Record<string, unknown> } | { readonly ok: false; readonly errors: readonly FieldError[] };

/**
 * The server's gate for record data, on create, update and import:
 *
 * 0. fields the caller's role may not change keep their stored values (on a create: their
 *    defaults), and sending another value for one is a 403 (`guardFieldWrites`);
 *    subform rows sent without `_id` get one (`assignRowIds`), when the context makes ids;
 * 1. file references are replaced by the server's own record of each file (and unknown ones refused);
 * 2. the engine's `prepareSubmission` recomputes formulas, applies defaults, drops hidden and
 *    empty fields and validates, with messages in the caller's language;
 * 3. members, departments and linked records must exist (and linked records be visible; on an
 *    update, a link the record already held need not be: `keepHeldLinks`);
 * 4. lookups are filled from the linked records;
 * 5. on update, what the client cannot set is carried over: serial numbers and the values of
 *    fields removed from the form.
 *
 * Serial numbers of new records and `unique` fields are the caller's, in its transaction.
 */
export async function prepareRecordData(context: SaveContext, input: unknown, existing: StoredRecord | null): Promise<PreparedRecord> {
  const { form, viewer, locale } = context;
  const compiled = form.compiled;
  // Fields the caller's role may not change keep what they hold (settings.access.fields).
  const guard = guardFieldWrites(context.fields ?? fieldAccessOf(viewer, form), compiled, input, existing?.data ?? null);
  const withIds = context.newRowId ? assignRowIds(compiled, guard.input, context.newRowId) : guard.input;
  const files = form.needs.files ? await resolveFileRefs(compiled, withIds, context.stores.files, viewer.user.id, existing ? fileIdsOf(existing.data) : new Set(), locale) : { data: withIds, errors: [] };
  const evaluation: EvaluationContext = {
    now: () => context.now,
    locale,
    timeZone: context.timeZone,
    user: { id: viewer.user.id, departmentId: viewer.user.departmentId },
  };
  const result = compiled.prepareSubmission(files.data, evaluation);
  guard.check(result.data);
  const errors: FieldError[] = [...(result.ok ? [] : result.errors), ...files.errors];
  // On an update, links the record already holds stay valid for an editor who cannot see their records.
  const findLinked = existing && (form.needs.references || form.needs.lookups) ? keepHeldLinks(context.findLinked, context.stores, compiled, existing.data) : context.findLinked;
  if (errors.length === 0 && form.needs.references) errors.push(...(await checkReferences(context.stores, compiled, result.data, findLinked, locale)));
  if (errors.length > 0) return { ok: false, errors };
  const data = form.needs.lookups ? await fillLookups(compiled, result.data, findLinked) : { ...result.data };
  if (existing) {
    for (const { field, subform } of compiled.valueFields) {
      if (field.type === 'serial' && !subform && Object.hasOwn(existing.data, field.id)) data[field.id] = existing.data[field.id];
    }
    for (const fieldId of form.removedFieldIds) {
      if (Object.hasOwn(existing.data, fieldId)) data[fieldId] = existing.data[fieldId];
    }
  }
  return { ok: true, data };
}

/**
 * What an update starts from: the stored values of the current form's fields, with the client's
 * changes on top (a key set to null clears the field). Values of removed fields are left out here
 * (the engine would call them unknown) and carried over by `prepareRecordData`.
 */
export function mergeRecordPatch(form: RecordForm, current: RecordData, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(current)) {
    if (!form.removedFieldIds.has(key)) merged[key] = current[key];
  }
  for (const [key, value] of Object.entries(patch)) merged[key] = value;
  return merged;
}
