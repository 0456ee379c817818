import type { RecordForm } from './RecordForm.js';
import { reasonRequired } from './recordErrors.js';

/** Longest reason a change may give (characters). */
export const maxChangeReasonLength = 500;

/**
 * The reason a change gives, trimmed (blank = none), or a 400 `reason_required` when the form
 * says every change to its records must have one.
 *
 * @example
 * readChangeReason(form, '  客户改签  ') // '客户改签'
 */
export function readChangeReason(form: RecordForm, given: string | undefined): string | null {
  const reason = given?.trim() ?? '';
  if (reason !== '') return reason;
  if (form.version.schema.settings?.changeReason === 'required') throw reasonRequired();
  return null;
}
