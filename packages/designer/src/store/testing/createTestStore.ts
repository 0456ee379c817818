import { FORM_SCHEMA_VERSION, type FieldDefinition, type FieldType, type FormSchema, type Locale } from '@formwork/runtime';
import { createDesignerStore, type DesignerStore } from '../createDesignerStore.js';
import type { DropTarget } from '../DropTarget.js';
import { childFieldsOf } from '../tree/childFieldsOf.js';
import { locateField } from '../tree/locateField.js';

/** An empty form document. */
export function emptyForm(title = 'Visit'): FormSchema {
  return { kind: 'form', schemaVersion: FORM_SCHEMA_VERSION, title, fields: [] };
}

/** A store whose ids are `f_1`, `f_2`, … (`r_1`, … for rules), so tests can name them exactly. */
export function createTestStore(options: { initial?: FormSchema; locale?: Locale } = {}): DesignerStore {
  let next = 0;
  return createDesignerStore({
    createId: (type) => `${type === 'rule' ? 'r' : 'f'}_${++next}`,
    locale: options.locale ?? 'en',
    initial: options.initial ?? emptyForm(),
  });
}

/** The tree of ids: a plain id for a field, `{ id: [children] }` for a section or subform. */
export type Outline = readonly (string | { readonly [id: string]: Outline })[];

export function outline(fields: readonly FieldDefinition[]): Outline {
  return fields.map((field) => {
    const children = childFieldsOf(field);
    return children ? { [field.id]: outline(children) } : field.id;
  });
}

/** Adds fields and returns their ids, failing loudly when the store refuses one. */
export function addFields(store: DesignerStore, ...specs: (readonly [FieldType, { parentId?: string | undefined; index?: number }?])[]): string[] {
  return specs.map(([type, where]) => {
    // Ids destructured from an earlier call are `string | undefined` to the compiler: accept them.
    const target: DropTarget = {
      ...(where?.parentId === undefined ? {} : { parentId: where.parentId }),
      ...(where?.index === undefined ? {} : { index: where.index }),
    };
    const result = store.getState().addField(type, target);
    if (!result.ok || result.id === undefined) throw new Error(`addField(${type}) was refused: ${result.ok ? 'no id' : result.reason.en}`);
    return result.id;
  });
}

/** The field with `id`, anywhere in the tree. */
export function fieldById(store: DesignerStore, id: string): FieldDefinition {
  const at = locateField(store.getState().schema.fields, id);
  if (!at) throw new Error(`no field ${id}`);
  return at.field;
}
