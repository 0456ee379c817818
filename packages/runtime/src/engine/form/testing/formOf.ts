import type { FieldDefinition, FormSchema, ValidationRule } from '../../documents/form/FormSchema.js';
import type { Locale } from '../../i18n/Locale.js';
import type { EvaluationContext } from '../CompiledForm.js';

/** A typed form around the given fields (and validation rules), for tests. */
export function formOf(fields: readonly FieldDefinition[], validations?: readonly ValidationRule[]): FormSchema {
  return { kind: 'form', schemaVersion: 1, title: 'Test form', fields, ...(validations === undefined ? {} : { rules: { validations } }) };
}

/** 2024-05-01 10:30 in Shanghai (02:30 UTC). */
export const testNow = Date.UTC(2024, 4, 1, 2, 30, 0);

/** A fixed clock, a locale, and a signed-in user `u_1` of department `d_1`. */
export function testContext(locale: Locale = 'zh-CN', overrides: Partial<EvaluationContext> = {}): EvaluationContext {
  return { now: () => testNow, locale, user: { id: 'u_1', departmentId: 'd_1' }, ...overrides };
}
