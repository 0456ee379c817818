import type { FieldDefinition, FormSchema, RecordData } from '../documents/form/FormSchema.js';
import type { Locale } from '../i18n/Locale.js';

/**
 * The contract between the form engine and everything that uses it (renderer, designer preview,
 * server). `compileForm(schema)` returns a CompiledForm, built once per (form, version).
 */

/** Who is filling the form and when: passed in, never read from globals. */
export interface EvaluationContext {
  /** Milliseconds since the epoch; formulas' `today`/`now` and date defaults use it. */
  readonly now: () => number;
  readonly locale: Locale;
  /** IANA time zone for `today` and date buckets; default Asia/Shanghai. */
  readonly timeZone?: string;
  readonly user?: { readonly id: string; readonly departmentId?: string | null };
}

/** A fault in a record: which field, where in the record (JSON pointer), what, and a message. */
export interface FieldError {
  /** The field's id (for a subform cell, the column's id); `''` for a form-level rule. */
  readonly fieldId: string;
  /** RFC 6901 pointer into the record data, e.g. `/f_items/2/f_qty`. */
  readonly pointer: string;
  /** Stable code: required, type, format, min, max, minLength, maxLength, pattern, option, minRows, maxRows, rule, … */
  readonly code: string;
  /** Message in the locale of the EvaluationContext. */
  readonly message: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

export interface FormEvaluation {
  /** Input values with defaults filled in and formulas computed. */
  readonly values: RecordData;
  /** Pointers of the visible value-holding fields, e.g. `/f_a`, `/f_items/0/f_qty`. */
  readonly visible: ReadonlySet<string>;
  readonly errors: readonly FieldError[];
}

/** What a save looks like after the engine has had its say. */
export type SubmissionResult =
  | { readonly ok: true; readonly data: RecordData }
  | { readonly ok: false; readonly errors: readonly FieldError[]; readonly data: RecordData };
