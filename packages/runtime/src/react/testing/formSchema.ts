import type { FieldDefinition, FormSchema } from '../../engine/index.js';

/** A minimal valid FormSchema around the given fields, for tests. */
export function formSchema(fields: readonly FieldDefinition[], extra: Partial<Omit<FormSchema, 'kind' | 'schemaVersion' | 'fields'>> = {}): FormSchema {
  return { kind: 'form', schemaVersion: 1, title: 'Test form', ...extra, fields };
}
