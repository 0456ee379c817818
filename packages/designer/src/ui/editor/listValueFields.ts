import { walkFields, type FieldDefinition, type FormSchema } from '@formwork/runtime';

/** A field a rule can read, and whether it is a subform column (read as `$row.<id>` in its row). */
export interface ValueFieldEntry {
  readonly field: FieldDefinition;
  /** The subform the field is a column of; absent outside subforms. */
  readonly subformId?: string;
  readonly inSubform: boolean;
}

const cache = new WeakMap<FormSchema, readonly ValueFieldEntry[]>();

/** Every field that holds a value (not sections or description texts), in display order. */
export function listValueFields(schema: FormSchema): readonly ValueFieldEntry[] {
  const cached = cache.get(schema);
  if (cached) return cached;
  const entries: ValueFieldEntry[] = [];
  walkFields(schema.fields, (field, location) => {
    if (field.type === 'section' || field.type === 'description') return;
    entries.push(location.subform ? { field, subformId: location.subform.id, inSubform: true } : { field, inSubform: false });
  });
  cache.set(schema, entries);
  return entries;
}
