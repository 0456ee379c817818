import type { FormSchema, Role, SectionField } from '../documents/form/FormSchema.js';
import { fieldPermissionsOf } from '../documents/form/fieldPermissionsOf.js';
import type { CompiledForm } from './CompiledForm.js';

/** The top-level fields a role may not see, and those it may not change (the hidden ones too). */
export interface RestrictedFields {
  readonly hidden: ReadonlySet<string>;
  readonly locked: ReadonlySet<string>;
}

const cache = new WeakMap<CompiledForm, Map<Role, RestrictedFields>>();

/**
 * A role's restricted fields on a form (`settings.access.fields`; admins none), with the hidden
 * set closed over computed fields: a field whose formula, default, lookup link or serial part
 * reads a hidden field is hidden too, or its value would give the hidden one away (a margin, the
 * cost). A subform column reading a hidden field hides its whole subform; reading a hidden
 * subform's column is reading the subform. The server enforces exactly this set and the app
 * shows it, so the two never disagree. Cached per compiled form and role.
 *
 * @example
 * restrictedFieldsOf(compiled, 'member').hidden.has('f_margin') // true when reps may not see f_cost
 */
export function restrictedFieldsOf(compiled: CompiledForm, role: Role): RestrictedFields {
  let byRole = cache.get(compiled);
  if (!byRole) cache.set(compiled, (byRole = new Map()));
  const known = byRole.get(role);
  if (known) return known;
  const permissions = fieldPermissionsOf(compiled.schema, role);
  const hidden = new Set<string>();
  for (const [fieldId, permission] of permissions) if (permission === 'hidden') hidden.add(fieldId);
  if (hidden.size > 0) closeOverComputedFields(compiled, hidden);
  const restricted: RestrictedFields = { hidden, locked: new Set([...permissions.keys(), ...hidden]) };
  byRole.set(role, restricted);
  return restricted;
}

/**
 * The form as a role fills it in: hidden fields never shown (`visibleWhen: false`, so the
 * engine leaves them out of what it submits), read-only ones read-only. The server holds the
 * same line whatever a client sends; this only keeps the app from offering what it would refuse.
 */
export function schemaForRole(compiled: CompiledForm, role: Role): FormSchema {
  const { hidden, locked } = restrictedFieldsOf(compiled, role);
  if (locked.size === 0) return compiled.schema;
  const restrict = (fields: FormSchema['fields']): FormSchema['fields'] =>
    fields.map((field) => {
      if (hidden.has(field.id)) return { ...field, visibleWhen: false };
      if (locked.has(field.id)) return { ...field, readOnly: true };
      // Sections hold top-level fields; subform columns are governed by their subform.
      return field.type === 'section' ? ({ ...field, fields: restrict(field.fields) } as SectionField) : field;
    });
  return { ...compiled.schema, fields: restrict(compiled.schema.fields) };
}

function closeOverComputedFields(compiled: CompiledForm, hidden: Set<string>): void {
  const topLevelOf = new Map<string, string>();
  for (const { field, subform } of compiled.valueFields) topLevelOf.set(field.id, subform ? subform.id : field.id);
  const reads = new Map<string, Set<string>>();
  const addRead = (reader: string, read: string) => {
    const from = topLevelOf.get(reader);
    const of = topLevelOf.get(read);
    if (from === undefined || of === undefined || from === of) return;
    let set = reads.get(from);
    if (!set) reads.set(from, (set = new Set()));
    set.add(of);
  };
  for (const [reader, dependencies] of compiled.graph.dependsOn) {
    for (const dependency of dependencies) if (dependency.via !== 'visibility') addRead(reader, dependency.fieldId);
  }
  for (const { field } of compiled.valueFields) {
    if (field.type === 'lookup') addRead(field.id, field.linkField);
    if (field.type === 'serial') for (const part of field.parts) if (part.kind === 'field') addRead(field.id, part.field);
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const [reader, read] of reads) {
      if (hidden.has(reader) || ![...read].some((id) => hidden.has(id))) continue;
      hidden.add(reader);
      grew = true;
    }
  }
}
