import type { ParseResult } from '../DocumentIssue.js';
import { validateFormAllFaults } from '../generated/validateFormAllFaults.js';
import { validateFormFirstFault } from '../generated/validateFormFirstFault.js';
import { checkMetaSchemaWith } from '../MetaSchemaCheck.js';
import { parseWithSpec, type DocumentSpec } from '../parseWithSpec.js';
import { checkFormSemantics } from './checkFormSemantics.js';
import { formGlossary } from './formGlossary.js';
import { formMigrations } from './formMigrations.js';
import { FORM_SCHEMA_VERSION, type FormSchema } from './FormSchema.js';

const formSpec: DocumentSpec<FormSchema> = {
  kind: 'form',
  currentVersion: FORM_SCHEMA_VERSION,
  migrations: formMigrations,
  metaSchema: checkMetaSchemaWith(validateFormFirstFault, validateFormAllFaults),
  glossary: formGlossary,
  refine: (form) => {
    const errors = checkFormSemantics(form);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: form };
  },
};

/**
 * Reads a form from anywhere (designer import, API body, template): migrates it forward, checks it
 * against the form meta-schema and the form's own rules, and returns a fresh copy or every fault,
 * each at its JSON pointer with a message in zh-CN and en. Never throws.
 *
 * @example
 * const result = parseFormSchema(JSON.parse(body));
 * if (!result.ok) return reply(422, result.errors); // e.g. [{ pointer: '/fields/2/label', code: 'required', … }]
 */
export function parseFormSchema(input: unknown): ParseResult<FormSchema> {
  return parseWithSpec(input, formSpec);
}
