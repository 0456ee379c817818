import { compileForm, FormCompileError, parseFormSchema, type DocumentIssue, type FormSchema } from '@formwork/runtime';
import { HttpError } from '../http/HttpError.js';

/**
 * The engine's verdict on a form schema from a client: the meta-schema (with migration to the
 * current `schemaVersion`), then compilation (rule cycles, references to unknown fields).
 * Returns the parsed, migrated schema — store that, not the input.
 */
export function checkFormSchema(input: unknown): { ok: true; schema: FormSchema } | { ok: false; issues: readonly DocumentIssue[] } {
  const parsed = parseFormSchema(input);
  if (!parsed.ok) return { ok: false, issues: parsed.errors };
  try {
    compileForm(parsed.value);
  } catch (error) {
    if (error instanceof FormCompileError) return { ok: false, issues: error.issues };
    throw error;
  }
  return { ok: true, schema: parsed.value };
}

/**
 * `checkFormSchema` for a route: the schema, or a 400 `invalid_schema` whose details hold each
 * fault's JSON pointer — into the schema document itself, not the request body — and message.
 */
export function requireValidFormSchema(input: unknown): FormSchema {
  const checked = checkFormSchema(input);
  if (checked.ok) return checked.schema;
  throw invalidSchema(checked.issues);
}

/** 400 `invalid_schema` listing each fault's pointer (into the schema document), code and message. */
export function invalidSchema(issues: readonly DocumentIssue[]): HttpError {
  return new HttpError(
    400,
    'invalid_schema',
    { 'zh-CN': '表单定义有误', en: 'The form schema is invalid' },
    issues.map((issue) => ({ pointer: issue.pointer, code: issue.code, message: issue.message })),
  );
}
