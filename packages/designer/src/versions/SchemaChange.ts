import type { FieldType } from '@formwork/runtime';

/** Where a field sits: the form's top level (`null`) or a section or subform, by label. */
export type FieldPlace = string | null;

/** One difference between two versions of a form, as the versions dialog lists it. */
export type SchemaChange =
  | { readonly kind: 'added'; readonly id: string; readonly label: string; readonly type: FieldType }
  | { readonly kind: 'removed'; readonly id: string; readonly label: string; readonly type: FieldType }
  | { readonly kind: 'renamed'; readonly id: string; readonly from: string; readonly to: string }
  | { readonly kind: 'retyped'; readonly id: string; readonly label: string; readonly from: FieldType; readonly to: FieldType }
  | { readonly kind: 'moved'; readonly id: string; readonly label: string; readonly from: FieldPlace; readonly to: FieldPlace }
  /** Other settings of the field (required, options, formula, …), by property name. */
  | { readonly kind: 'settings'; readonly id: string; readonly label: string; readonly keys: readonly string[] }
  /** The form's own title, settings or validations, by property name. */
  | { readonly kind: 'form'; readonly keys: readonly string[] };
