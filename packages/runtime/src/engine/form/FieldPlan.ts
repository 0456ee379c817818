import type { UserText } from '../documents/form/FormSchema.js';
import type { Locale } from '../i18n/Locale.js';
import type { FieldError, ValueField } from './CompiledForm.js';
import { fieldValueShapes } from '../fields/fieldValueShapes.js';
import type { FieldValueShape } from '../fields/fieldValueShapes.js';
import type { FieldCheck } from './checks/FieldCheck.js';
import { compileFieldCheck } from './checks/compileFieldCheck.js';
import { compileFormulaCheck } from './checks/compileFormulaCheck.js';
import { isEmptyValue } from './checks/isEmptyValue.js';
import { decimalPlaces } from './fieldLimits.js';
import { createFieldError } from './messages/createFieldError.js';
import type { ErrorSubject, Fault } from './messages/createFieldError.js';
import { isComputedField } from './isComputedField.js';
import { resolveUserText } from './resolveUserText.js';

/**
 * Everything the engine needs to read, check and word errors for one value field, worked out
 * once per form.
 */
export interface FieldPlan {
  readonly entry: ValueField;
  readonly id: string;
  readonly label: string;
  /** `/id` for a top-level field; subform cells build theirs per row. */
  readonly pointer: string;
  /** Formula fields are recomputed; lookups and serials are the server's. */
  readonly computed: 'formula' | 'server' | undefined;
  /** Number, money, rating: numeric strings become numbers on submit. */
  readonly numeric: boolean;
  readonly isAddress: boolean;
  /** What the value is, for emptiness (`isEmptyValue`). */
  readonly shape: FieldValueShape;
  /** Decimals a number or money field stores (`undefined`: any, or not a number field). */
  readonly places: number | undefined;
  readonly hasStaticDefault: boolean;
  /** Ids that would read an inherited property of a plain object (`constructor`…) are read with care. */
  readonly shadowsPrototype: boolean;
  /** The subform's columns, for a subform. */
  readonly columns: readonly FieldPlan[];
  /** The fault of a value (empty values: required or minRows), `undefined` when it is fine. */
  readonly faultOf: (value: unknown) => Fault | undefined;
  /** Words a fault in a locale: for a cell, pass the subform and the row. */
  readonly errorOf: (fault: Fault, locale: Locale, pointer: string, cell?: { readonly subformLabel: string; readonly rowIndex: number }) => FieldError;
}

const REQUIRED: Fault = { code: 'required' };

/** Works out the plan of one value field (and of its columns, for a subform). */
export function planField(entry: ValueField, columns: readonly FieldPlan[]): FieldPlan {
  const { field } = entry;
  const computed = field.type === 'formula' ? 'formula' : isComputedField(field) ? 'server' : undefined;
  const check: FieldCheck = compileFieldCheck(field);
  const required = field.required === true && computed === undefined;
  const isAddress = field.type === 'address';
  const minRows = field.type === 'subform' ? (field.minRows ?? 0) : 0;
  const tooFewRows: Fault = { code: 'minRows', params: { min: minRows } };
  const patternMessage: UserText | undefined = field.type === 'text' || field.type === 'textarea' ? field.patternMessage : undefined;
  const shape = fieldValueShapes[field.type];
  const faultOf =
    field.type === 'formula'
      ? compileFormulaCheck(field)
      : computed !== undefined
        ? () => undefined
        : (value: unknown): Fault | undefined => {
            if (isEmptyValue(value, shape)) return required ? REQUIRED : minRows > 0 ? tooFewRows : undefined;
            return check(value);
          };
  return {
    entry,
    id: field.id,
    label: field.label,
    pointer: `/${field.id}`,
    computed,
    numeric: field.type === 'number' || field.type === 'money' || field.type === 'rating',
    isAddress,
    shape,
    places: decimalPlaces(field),
    hasStaticDefault: field.defaultValue !== undefined && field.defaultValue.kind !== 'formula' && computed === undefined,
    shadowsPrototype: field.id in Object.prototype,
    columns,
    faultOf,
    errorOf: (fault, locale, pointer, cell) => {
      const subject: ErrorSubject =
        cell === undefined ? { kind: 'field', label: field.label } : { kind: 'cell', label: field.label, subformLabel: cell.subformLabel, rowIndex: cell.rowIndex };
      const custom = fault.code === 'pattern' && patternMessage !== undefined ? resolveUserText(patternMessage, locale) : undefined;
      return createFieldError(field.id, pointer, fault, subject, locale, custom);
    },
  };
}
