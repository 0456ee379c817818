import { restrictedFieldsOf, type CompiledForm, type Role } from '@formwork/runtime';
import type { QueryField } from '../query/QueryField.js';
import type { RecordForm } from '../records/RecordForm.js';
import type { Viewer } from './Viewer.js';

/**
 * What a caller may do with a form's fields (`settings.access.fields` of their role). Every path
 * by which a record leaves or enters the server reads this one answer: record views, list pages
 * and their names, history, exports, import templates and imports, filters, sorts and aggregates,
 * submits, changes and batch changes.
 */
export interface FieldAccess {
  /**
   * Top-level field ids the caller may not see: left out of every record, history entry, export
   * and template, and unknown to filters, sorts and aggregates (so no query can test their
   * values). Includes every field whose formula, default, lookup or serial number reads a hidden
   * field: a computed value would otherwise reveal what it was computed from.
   */
  readonly hidden: ReadonlySet<string>;
  /** Top-level field ids the caller may not change: the hidden ones and the read-only ones. */
  readonly locked: ReadonlySet<string>;
  /** The form's query fields (system fields included) without the hidden ones. */
  readonly queryFields: ReadonlyMap<string, QueryField>;
}

const cache = new WeakMap<CompiledForm, Map<Role, FieldAccess>>();

/**
 * The caller's field access on a form: admins see and change everything; others as the form's
 * `settings.access.fields[role]` says (`hidden`, `read`; fields not named are editable), with
 * the hidden set closed over computed fields — the engine's `restrictedFieldsOf`, which the app
 * shows by, so both draw the same line. Cached per compiled form version and role.
 *
 * @example
 * const access = fieldAccessOf(opened.viewer, opened.form);
 * access.hidden.has('f_cost') // a rep of a form hiding the cost from members
 */
export function fieldAccessOf(viewer: { readonly user: Pick<Viewer['user'], 'role'> }, form: RecordForm): FieldAccess {
  const role = viewer.user.role;
  let byRole = cache.get(form.compiled);
  if (!byRole) {
    byRole = new Map();
    cache.set(form.compiled, byRole);
  }
  const known = byRole.get(role);
  if (known) return known;
  const access = computeFieldAccess(form, role);
  byRole.set(role, access);
  return access;
}

/**
 * No field restricted: for what no role stands behind — a public link's anonymous submitter fills
 * in the whole form the public page shows (the link's owner only owns the record).
 */
export function unrestrictedFieldAccess(form: RecordForm): FieldAccess {
  return { hidden: new Set(), locked: new Set(), queryFields: form.queryFields };
}

function computeFieldAccess(form: RecordForm, role: Role): FieldAccess {
  const { hidden, locked } = restrictedFieldsOf(form.compiled, role);
  const queryFields = hidden.size === 0 ? form.queryFields : new Map([...form.queryFields].filter(([id]) => !hidden.has(id)));
  return { hidden, locked, queryFields };
}
