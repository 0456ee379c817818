import type { FieldDefinition, FieldType, FormSchema, LocalizedText } from '@formwork/runtime';
import { listValueFields } from '../ui/editor/listValueFields.js';

/**
 * What a field can do in a widget: `number` is measured (sum, average…); `date` groups by a time
 * bucket; `person` is ranked on a leaderboard; `category` groups as it is (a stage, a region);
 * `none` is left out (files, subforms, rich text: the server counts them, it cannot group them).
 */
export type WidgetFieldRole = 'number' | 'date' | 'person' | 'category' | 'none';

const roleOfType = {
  text: 'category',
  textarea: 'none',
  number: 'number',
  money: 'number',
  date: 'date',
  datetime: 'date',
  radio: 'category',
  checkbox: 'category',
  select: 'category',
  multiselect: 'category',
  rating: 'number',
  phone: 'none',
  email: 'none',
  url: 'none',
  address: 'category',
  location: 'none',
  image: 'none',
  attachment: 'none',
  signature: 'none',
  richtext: 'none',
  subform: 'none',
  link: 'none',
  lookup: 'category',
  serial: 'none',
  formula: 'category',
  member: 'person',
  members: 'person',
  department: 'category',
  departments: 'category',
  section: 'none',
  description: 'none',
} as const satisfies Record<FieldType, WidgetFieldRole>;

/** A field a widget may group by, measure or rank: a form field or a record attribute (`_createdBy`). */
export interface WidgetFieldChoice {
  readonly id: string;
  /** The field's label, or the attribute's name in both languages. */
  readonly label: string | LocalizedText;
  readonly role: WidgetFieldRole;
  /** The form field, absent for a record attribute. */
  readonly field?: FieldDefinition;
}

/** The record attributes every form has, as the server's queries name them. */
export const recordAttributeChoices: readonly WidgetFieldChoice[] = [
  { id: '_createdBy', label: { 'zh-CN': '提交人', en: 'Submitted by' }, role: 'person' },
  { id: '_owner', label: { 'zh-CN': '负责人', en: 'Owner' }, role: 'person' },
  { id: '_ownerDepartment', label: { 'zh-CN': '负责人部门', en: 'Owner’s department' }, role: 'category' },
  { id: '_createdAt', label: { 'zh-CN': '提交时间', en: 'Submitted at' }, role: 'date' },
];

/** The role of a form field in a widget; a formula by the type of what it computes. */
export function widgetFieldRole(field: FieldDefinition): WidgetFieldRole {
  if (field.type === 'formula') return field.resultType === 'number' ? 'number' : field.resultType === 'date' ? 'date' : 'category';
  return roleOfType[field.type];
}

/**
 * The top-level fields of a form a widget may use (subform columns are rows of their own, not
 * records) and the record attributes, in form order; fields without a role are left out.
 */
export function widgetFieldChoices(schema: FormSchema): readonly WidgetFieldChoice[] {
  const fields = listValueFields(schema)
    .filter((entry) => !entry.inSubform)
    .map((entry): WidgetFieldChoice => ({ id: entry.field.id, label: entry.field.label, role: widgetFieldRole(entry.field), field: entry.field }))
    .filter((choice) => choice.role !== 'none');
  return [...fields, ...recordAttributeChoices];
}
