import type { FieldDefinition, SectionField, SubformField } from '../documents/form/FormSchema.js';
import { appendPointer } from '../documents/JsonPointer.js';

/** Where `walkFields` found a field. */
export interface FieldLocation {
  /** The section or subform whose `fields` hold it; `undefined` at the top level. */
  readonly parent: SectionField | SubformField | undefined;
  /** The subform the field is a column of, however deep; `undefined` outside subforms. */
  readonly subform: SubformField | undefined;
  /** Its position in its parent's `fields`. */
  readonly index: number;
  /** RFC 6901 pointer of the field in the form, e.g. `/fields/2/fields/0`. */
  readonly pointer: string;
}

/** Called for each field; return `false` to stop the walk. */
export type FieldVisitor = (field: FieldDefinition, location: FieldLocation) => void | boolean;

/**
 * Visits every field of a form, depth first in display order: each section or subform before its
 * children. Returns `false` when a visitor stopped the walk, `true` when it went through.
 *
 * @example
 * const ids: string[] = [];
 * walkFields(form.fields, (field) => { ids.push(field.id); });
 */
export function walkFields(fields: readonly FieldDefinition[], visit: FieldVisitor, pointer = ''): boolean {
  return walkList(fields, visit, pointer, undefined, undefined);
}

function walkList(
  fields: readonly FieldDefinition[],
  visit: FieldVisitor,
  pointer: string,
  parent: SectionField | SubformField | undefined,
  subform: SubformField | undefined,
): boolean {
  for (const [index, field] of fields.entries()) {
    const fieldPointer = appendPointer(appendPointer(pointer, 'fields'), index);
    if (visit(field, { parent, subform, index, pointer: fieldPointer }) === false) return false;
    if (field.type === 'section' || field.type === 'subform') {
      const inside = field.type === 'subform' ? field : subform;
      if (!walkList(field.fields, visit, fieldPointer, field, inside)) return false;
    }
  }
  return true;
}
