import type { FieldDefinition, FieldType, FormSchema } from '@formwork/runtime';

/** A field a public form may not hold, with its pointer into the schema document. */
export interface PublicFormBlocker {
  readonly pointer: string;
  readonly field: FieldDefinition;
}

/**
 * Field types that need a signed-in caller to be filled: people and departments are picked from
 * the organisation's directory, linked records from another form's records (and lookups read
 * them), files are uploaded through `POST /api/files`. A stranger may read none of those, so a
 * form with any of them cannot be opened to the public (refused at publish, not hidden: a
 * hidden required field would make the form impossible to submit, and quietly showing less than
 * the admin built would surprise them).
 */
const needsSession = {
  text: false,
  textarea: false,
  number: false,
  money: false,
  date: false,
  datetime: false,
  radio: false,
  checkbox: false,
  select: false,
  multiselect: false,
  member: true,
  members: true,
  department: true,
  departments: true,
  phone: false,
  email: false,
  url: false,
  address: false,
  location: false,
  image: true,
  attachment: true,
  signature: true,
  richtext: false,
  subform: false,
  link: true,
  lookup: true,
  serial: false,
  formula: false,
  rating: false,
  section: false,
  description: false,
} as const satisfies Record<FieldType, boolean>;

/** Every field of `schema` (inside sections and subforms too) that a public form may not hold. */
export function findPublicFormBlockers(schema: FormSchema): PublicFormBlocker[] {
  const found: PublicFormBlocker[] = [];
  const walk = (fields: readonly FieldDefinition[], pointer: string): void => {
    fields.forEach((field, index) => {
      const at = `${pointer}/${index}`;
      if (needsSession[field.type]) found.push({ pointer: at, field });
      if ('fields' in field && Array.isArray(field.fields)) walk(field.fields as readonly FieldDefinition[], `${at}/fields`);
    });
  };
  walk(schema.fields, '/fields');
  return found;
}
