import type { FieldDefinition, FormSchema } from '@formwork/runtime';

/** A field that holds a value in records, and the subform whose rows hold it (if any). */
export interface ValueFieldEntry {
  readonly field: FieldDefinition;
  /** The subform's id when this field is a column of it; null at the top level of a record. */
  readonly subformId: string | null;
}

const valueless = new Set(['section', 'description']);

/**
 * Every value-holding field of a schema in form order: sections are looked through (their
 * fields' values sit at the top level of a record), subform columns follow their subform.
 */
export function listValueFields(schema: FormSchema): ValueFieldEntry[] {
  const entries: ValueFieldEntry[] = [];
  const visit = (fields: readonly FieldDefinition[], subformId: string | null): void => {
    for (const field of fields) {
      if (!valueless.has(field.type)) entries.push({ field, subformId });
      if (field.type === 'section') visit(field.fields, subformId);
      if (field.type === 'subform') visit(field.fields, field.id);
    }
  };
  visit(schema.fields, null);
  return entries;
}
