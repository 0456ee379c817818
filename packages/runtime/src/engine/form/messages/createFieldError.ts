import type { Locale } from '../../i18n/Locale.js';
import type { FieldError } from '../CompiledForm.js';
import { expectedTypeNames, fieldMessages, fillTemplate, formatNames, subjectTemplates } from './fieldMessages.js';
import type { ExpectedType, FieldMessageKey } from './fieldMessages.js';

/** Whom an error message is about: a field, a subform cell (label + row) or a whole row. */
export type ErrorSubject =
  | { readonly kind: 'field'; readonly label: string }
  | { readonly kind: 'cell'; readonly label: string; readonly subformLabel: string; readonly rowIndex: number }
  | { readonly kind: 'row'; readonly subformLabel: string; readonly rowIndex: number }
  | { readonly kind: 'form' };

/** A fault before it is worded: the code and its params (`variant` picks a message variant). */
export interface Fault {
  readonly code: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** Writes the subject the way messages name it: 「数量」 / 「明细」第 2 行的「数量」 (rows count from 1). */
export function describeSubject(subject: ErrorSubject, locale: Locale): string {
  switch (subject.kind) {
    case 'field':
      return fillTemplate(subjectTemplates.field[locale], { label: subject.label });
    case 'cell':
      return fillTemplate(subjectTemplates.cell[locale], { label: subject.label, subform: subject.subformLabel, row: subject.rowIndex + 1 });
    case 'row':
      return fillTemplate(subjectTemplates.row[locale], { subform: subject.subformLabel, row: subject.rowIndex + 1 });
    case 'form':
      return '';
  }
}

function templateKey(fault: Fault): FieldMessageKey | undefined {
  const variant = fault.params?.variant;
  const withVariant = typeof variant === 'string' ? `${fault.code}.${variant}` : undefined;
  if (withVariant !== undefined && Object.hasOwn(fieldMessages, withVariant)) return withVariant as FieldMessageKey;
  return Object.hasOwn(fieldMessages, fault.code) ? (fault.code as FieldMessageKey) : undefined;
}

function localizedParams(fault: Fault, locale: Locale): Record<string, unknown> {
  const params: Record<string, unknown> = { ...fault.params };
  const expected = params.expected;
  if (typeof expected === 'string' && Object.hasOwn(expectedTypeNames, expected)) params.expected = expectedTypeNames[expected as ExpectedType][locale];
  const format = params.format;
  if (typeof format === 'string' && Object.hasOwn(formatNames, format)) params.format = formatNames[format as keyof typeof formatNames][locale];
  return params;
}

/**
 * Words a fault as a FieldError in the given locale. `customMessage` (an admin's pattern or rule
 * message, already in the locale) replaces the template.
 *
 * @example
 * createFieldError('f_name', '/f_name', { code: 'required' }, { kind: 'field', label: '客户名称' }, 'zh-CN')
 * // { fieldId: 'f_name', pointer: '/f_name', code: 'required', message: '请填写「客户名称」' }
 */
export function createFieldError(
  fieldId: string,
  pointer: string,
  fault: Fault,
  subject: ErrorSubject,
  locale: Locale,
  customMessage?: string,
): FieldError {
  let message = customMessage;
  if (message === undefined || message === '') {
    const key = templateKey(fault);
    const template = key === undefined ? fieldMessages.rule[locale] : fieldMessages[key][locale];
    message = fillTemplate(template, { ...localizedParams(fault, locale), field: describeSubject(subject, locale) });
  }
  return fault.params === undefined
    ? { fieldId, pointer, code: fault.code, message }
    : { fieldId, pointer, code: fault.code, message, params: fault.params };
}
