import type { DescriptionField, FieldDefinition, FormSchema, SectionField, SubformField } from '../documents/form/FormSchema.js';
import type { ValueField } from './CompiledForm.js';

/** Where every field of a form sits: the lookups compileForm and analyzeFormRules start from. */
export interface FormFieldIndex {
  readonly fieldsById: ReadonlyMap<string, FieldDefinition>;
  readonly valueFields: readonly ValueField[];
  readonly valueFieldsById: ReadonlyMap<string, ValueField>;
  /** Top-level value fields (section children included, subform columns not), in form order. */
  readonly topFields: readonly ValueField[];
  /** Columns of each subform, by subform id. */
  readonly columnsBySubform: ReadonlyMap<string, readonly ValueField[]>;
  readonly sections: readonly SectionEntry[];
  readonly sectionsById: ReadonlyMap<string, SectionEntry>;
  /** Description blocks (text, no value), in form order, subform columns included. */
  readonly descriptionsById: ReadonlyMap<string, DescriptionEntry>;
  readonly aliasToId: ReadonlyMap<string, string>;
}

export interface SectionEntry {
  readonly section: SectionField;
  /** Enclosing sections, outermost first. */
  readonly sections: readonly SectionField[];
  readonly definitionPointer: string;
}

export interface DescriptionEntry {
  readonly description: DescriptionField;
  /** The subform whose rows show this block (once per row), when it is a column. */
  readonly subform?: SubformField;
  /** Enclosing sections, outermost first. */
  readonly sections: readonly SectionField[];
  readonly definitionPointer: string;
}

/**
 * Walks a form's fields once, in display order, and indexes them.
 *
 * @example
 * const index = indexFormFields(schema);
 * index.valueFieldsById.get('f_qty')?.subform?.id // 'f_items'
 */
export function indexFormFields(schema: FormSchema): FormFieldIndex {
  const fieldsById = new Map<string, FieldDefinition>();
  const valueFields: ValueField[] = [];
  const sections: SectionEntry[] = [];
  const descriptions: DescriptionEntry[] = [];
  const aliasToId = new Map<string, string>();

  const visit = (fields: readonly FieldDefinition[], basePointer: string, enclosing: readonly SectionField[], subform: SubformField | undefined): void => {
    fields.forEach((field, position) => {
      const definitionPointer = `${basePointer}/${position}`;
      fieldsById.set(field.id, field);
      if (field.alias !== undefined) aliasToId.set(field.alias, field.id);
      if (field.type === 'section') {
        sections.push({ section: field, sections: enclosing, definitionPointer });
        visit(field.fields, `${definitionPointer}/fields`, [...enclosing, field], subform);
        return;
      }
      if (field.type === 'description') {
        descriptions.push(subform === undefined ? { description: field, sections: enclosing, definitionPointer } : { description: field, subform, sections: enclosing, definitionPointer });
        return;
      }
      const entry: ValueField = subform === undefined ? { field, sections: enclosing, definitionPointer } : { field, subform, sections: enclosing, definitionPointer };
      valueFields.push(entry);
      if (field.type === 'subform') visit(field.fields, `${definitionPointer}/fields`, enclosing, field);
    });
  };
  visit(schema.fields, '/fields', [], undefined);

  const columnsBySubform = new Map<string, ValueField[]>();
  const topFields: ValueField[] = [];
  for (const entry of valueFields) {
    if (entry.subform === undefined) {
      topFields.push(entry);
      if (entry.field.type === 'subform') columnsBySubform.set(entry.field.id, []);
    } else {
      columnsBySubform.get(entry.subform.id)?.push(entry);
    }
  }
  return {
    fieldsById,
    valueFields,
    valueFieldsById: new Map(valueFields.map((entry) => [entry.field.id, entry])),
    topFields,
    columnsBySubform,
    sections,
    sectionsById: new Map(sections.map((entry) => [entry.section.id, entry])),
    descriptionsById: new Map(descriptions.map((entry) => [entry.description.id, entry])),
    aliasToId,
  };
}
