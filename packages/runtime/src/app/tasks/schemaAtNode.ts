import type { FieldDefinition, FormSchema, SectionField } from '../../engine/index.js';

/** How a workflow node classes the form's top-level fields (`GET /api/tasks/:id`'s record). */
export interface NodeFieldAccess {
  readonly readOnly: readonly string[];
  readonly editable: readonly string[];
  readonly required: readonly string[];
}

/**
 * The form as a task's node shows it: a field the node hides (in neither list — the server sent
 * no value for it) is never shown, a read-only one is locked, a required one must be filled.
 * Subform columns go with their subform, as on the server. The server holds the same line.
 *
 * @example
 * schemaAtNode(schema, { readOnly: ['amount'], editable: ['note'], required: [] })
 * // amount locked, note editable, every other field hidden
 */
export function schemaAtNode(schema: FormSchema, access: NodeFieldAccess): FormSchema {
  const readOnly = new Set(access.readOnly);
  const editable = new Set(access.editable);
  const required = new Set(access.required);
  const restrict = (fields: readonly FieldDefinition[]): FieldDefinition[] =>
    fields.map((field): FieldDefinition => {
      if (field.type === 'section') return { ...field, fields: restrict(field.fields) } as SectionField;
      if (readOnly.has(field.id)) return { ...field, readOnly: true };
      if (editable.has(field.id)) return required.has(field.id) ? ({ ...field, required: true } as FieldDefinition) : field;
      return { ...field, visibleWhen: false };
    });
  return { ...schema, fields: restrict(schema.fields) };
}

/** The editable fields whose value differs from the record's: what an approve or resubmit sends. */
export function editedValues(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>, editable: readonly string[]): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const fieldId of editable) {
    if (!Object.hasOwn(after, fieldId)) continue;
    if (JSON.stringify(after[fieldId]) !== JSON.stringify(before[fieldId])) changed[fieldId] = after[fieldId];
  }
  return changed;
}
