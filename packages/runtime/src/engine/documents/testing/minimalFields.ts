import type { FieldDefinition, FieldType } from '../form/FormSchema.js';

/**
 * The smallest valid field of every type (id `f_a`, label `A`), with what its type requires:
 * a form holding any one of them alone parses — except `lookup`, which needs a link beside it
 * (see `formWith`'s callers).
 */
export const minimalFields: Readonly<Record<FieldType, FieldDefinition>> = {
  text: { id: 'f_a', type: 'text', label: 'A' },
  textarea: { id: 'f_a', type: 'textarea', label: 'A' },
  number: { id: 'f_a', type: 'number', label: 'A' },
  money: { id: 'f_a', type: 'money', label: 'A' },
  date: { id: 'f_a', type: 'date', label: 'A' },
  datetime: { id: 'f_a', type: 'datetime', label: 'A' },
  radio: { id: 'f_a', type: 'radio', label: 'A', options: [{ value: 'x', label: 'X' }] },
  checkbox: { id: 'f_a', type: 'checkbox', label: 'A', options: [{ value: 'x', label: 'X' }] },
  select: { id: 'f_a', type: 'select', label: 'A', options: [{ value: 'x', label: 'X' }] },
  multiselect: { id: 'f_a', type: 'multiselect', label: 'A', options: [{ value: 'x', label: 'X' }] },
  rating: { id: 'f_a', type: 'rating', label: 'A' },
  phone: { id: 'f_a', type: 'phone', label: 'A' },
  email: { id: 'f_a', type: 'email', label: 'A' },
  url: { id: 'f_a', type: 'url', label: 'A' },
  address: { id: 'f_a', type: 'address', label: 'A' },
  location: { id: 'f_a', type: 'location', label: 'A' },
  image: { id: 'f_a', type: 'image', label: 'A' },
  attachment: { id: 'f_a', type: 'attachment', label: 'A' },
  signature: { id: 'f_a', type: 'signature', label: 'A' },
  richtext: { id: 'f_a', type: 'richtext', label: 'A' },
  subform: { id: 'f_a', type: 'subform', label: 'A', fields: [] },
  link: { id: 'f_a', type: 'link', label: 'A', formId: 'customers', displayField: 'f_name' },
  lookup: { id: 'f_a', type: 'lookup', label: 'A', linkField: 'f_link', sourceField: 'f_name' },
  serial: { id: 'f_a', type: 'serial', label: 'A', parts: [{ kind: 'counter', digits: 4 }] },
  formula: { id: 'f_a', type: 'formula', label: 'A', expression: null },
  member: { id: 'f_a', type: 'member', label: 'A' },
  members: { id: 'f_a', type: 'members', label: 'A' },
  department: { id: 'f_a', type: 'department', label: 'A' },
  departments: { id: 'f_a', type: 'departments', label: 'A' },
  section: { id: 'f_a', type: 'section', label: 'A', fields: [] },
  description: { id: 'f_a', type: 'description', label: 'A', content: '' },
};

/** A link field the minimal lookup can point at. */
export const linkForLookup: FieldDefinition = { id: 'f_link', type: 'link', label: 'Link', formId: 'customers', displayField: 'f_name' };
