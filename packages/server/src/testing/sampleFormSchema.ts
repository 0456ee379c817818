import type { FieldDefinition, FormSchema, FormSettings } from '@formwork/runtime';

/**
 * A small valid form (a text field and a number field) to build on in tests.
 *
 * @example
 * sampleFormSchema({ title: '客户', settings: { access: { submit: { roles: ['manager'] } } } })
 */
export function sampleFormSchema(overrides: { title?: string; fields?: readonly FieldDefinition[]; settings?: FormSettings } = {}): FormSchema {
  return {
    kind: 'form',
    schemaVersion: 1,
    title: overrides.title ?? 'Customer',
    fields: overrides.fields ?? [
      { id: 'f_name', type: 'text', label: 'Name', required: true },
      { id: 'f_amount', type: 'number', label: 'Amount' },
    ],
    ...(overrides.settings ? { settings: overrides.settings } : {}),
  };
}
