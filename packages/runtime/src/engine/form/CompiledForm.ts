import type {
  DescriptionField,
  FieldDefinition,
  FormSchema,
  RecordData,
  SectionField,
  SubformField,
} from '../documents/form/FormSchema.js';
import type { Locale } from '../i18n/Locale.js';
import type { FormRuleGraph } from './FormRuleGraph.js';
import type { RecordJsonSchema } from './buildRecordSchema.js';
import type { RecordShapeValidator } from './compileRecordShapeValidator.js';

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
  /**
   * Every pointer `FormSession.isVisible` answers true for: the visible value-holding fields and
   * cells (`/f_a`, `/f_items/0/f_qty`) and the visible layout blocks — sections (`/s_billing`)
   * and description blocks (`/d_note`; `/f_items/0/d_hint` in a subform's rows). Layout blocks
   * hold no value, so they are never in `values` nor in a stored record.
   */
  readonly visible: ReadonlySet<string>;
  readonly errors: readonly FieldError[];
}

/** What a save looks like after the engine has had its say. */
export type SubmissionResult =
  | { readonly ok: true; readonly data: RecordData }
  | { readonly ok: false; readonly errors: readonly FieldError[]; readonly data: RecordData };

/** A field that holds a value in records: everything but `section` and `description`. */
export type ValueFieldDefinition = Exclude<FieldDefinition, SectionField | DescriptionField>;

/** One value-holding field of a form, in form order, with where it sits. */
export interface ValueField {
  readonly field: ValueFieldDefinition;
  /** The subform whose rows hold this field, when it is a column. */
  readonly subform?: SubformField;
  /** Enclosing sections, outermost first (a hidden section hides everything in it). */
  readonly sections: readonly SectionField[];
  /** JSON pointer of the field's definition in the FormSchema, e.g. `/fields/3/fields/0`. */
  readonly definitionPointer: string;
}

export interface CompileFormOptions {
  /**
   * An explicit cache key such as `${formId}@${version}`: a schema object equal in content but new
   * in identity (e.g. re-read from the database) then reuses the compiled form.
   */
  readonly cacheKey?: string;
}

export interface FormSessionOptions {
  /** Makes `_id`s for rows added or copied in the session; default `row1`, `row2`, … (unique). */
  readonly newRowId?: () => string;
}

/**
 * Pointers whose value, visibility or errors changed. A subform's own pointer is in it when its
 * rows were added, removed or moved, or its visibility or own errors (minRows…) changed; a change
 * of one cell reports the cell's pointer (and the pointers of the fields computed from it). A
 * section or description block whose visibility flipped reports its own pointer too.
 */
export type ChangedPointers = ReadonlySet<string>;

/** The incremental evaluator behind a form being filled in. */
export interface FormSession {
  readonly form: CompiledForm;
  /** The current values: inputs with defaults and formulas (hidden fields keep their values). */
  getValues(): RecordData;
  /** The value at a pointer such as `/f_amount` or `/f_items/3/f_qty`; `undefined` if none. */
  getValue(pointer: string): unknown;
  /**
   * Whether what sits at a pointer shows: a field or cell, a row, a section (`/<sectionId>`) or a
   * description block (`/<id>`, or `/<subformId>/<row>/<id>` for one in a subform's rows).
   * False for a pointer the form does not have.
   */
  isVisible(pointer: string): boolean;
  /** Errors at exactly this pointer, or all current errors in form order. */
  getErrors(pointer?: string): readonly FieldError[];
  /** Every error of the record as it stands (visible fields only): what a submit would be told. */
  validateAll(): readonly FieldError[];
  /** The whole state, equal to `form.evaluate(inputs, ctx)` for the values the user set. */
  getEvaluation(): FormEvaluation;
  setValue(pointer: string, value: unknown): ChangedPointers;
  /** Adds an empty row (defaults applied) at `index` (default: at the end). */
  addRow(subformId: string, index?: number): ChangedPointers;
  removeRow(subformId: string, index: number): ChangedPointers;
  moveRow(subformId: string, from: number, to: number): ChangedPointers;
  /** Inserts a copy of row `index` (with a new `_id`) right after it. */
  copyRow(subformId: string, index: number): ChangedPointers;
  /** Called after every change with the changed pointers. Returns the unsubscribe function. */
  subscribe(listener: (changed: ChangedPointers) => void): () => void;
  /** Called after a change that touched this pointer. Returns the unsubscribe function. */
  subscribe(pointer: string, listener: () => void): () => void;
}

export interface CompiledForm {
  readonly schema: FormSchema;
  /** Every field, sections and subform columns included, by id. */
  readonly fieldsById: ReadonlyMap<string, FieldDefinition>;
  /** The value-holding fields in form order (subform columns right after their subform). */
  readonly valueFields: readonly ValueField[];
  readonly aliasToId: ReadonlyMap<string, string>;
  /** JSON Schema (draft 2020-12) of a record's data as stored (after `prepareSubmission`). */
  readonly recordSchema: RecordJsonSchema;
  /** The raw ajv validator of `recordSchema` (allErrors, strict). */
  readonly validateRecordShape: RecordShapeValidator;
  /** What depends on what: formulas, defaults, visibility and validations. */
  readonly graph: FormRuleGraph;
  /** Defaults, formulas, visibility, then validation of the visible fields. */
  evaluate(values: RecordData, ctx: EvaluationContext): FormEvaluation;
  createSession(initial: RecordData, ctx: EvaluationContext, options?: FormSessionOptions): FormSession;
  /**
   * The server's gate: recomputes formulas, leaves lookups and serials out, applies defaults,
   * drops hidden and unknown fields and empty values, validates. Never throws on hostile data.
   */
  prepareSubmission(data: unknown, ctx: EvaluationContext): SubmissionResult;
  /** The errors `prepareSubmission(data, ctx)` reports, without building the cleaned record. */
  validateRecord(data: unknown, ctx: EvaluationContext): readonly FieldError[];
}
