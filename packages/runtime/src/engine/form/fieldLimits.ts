import type { ValueFieldDefinition } from './CompiledForm.js';

/**
 * Limits that hold even when the admin set none, so that a hostile client cannot store a
 * megabyte in a one-line field. The record JSON Schema and the engine's checks both use them.
 */
export const fieldLimits = {
  textMaxLength: 2000,
  textareaMaxLength: 20_000,
  richtextMaxLength: 200_000,
  /** Member, department, linked-record and file ids. */
  idMaxLength: 128,
  addressPartMaxLength: 200,
  addressDetailMaxLength: 1000,
  fileNameMaxLength: 255,
  mimeTypeMaxLength: 255,
  serialMaxLength: 128,
  locationAddressMaxLength: 1000,
  /** A subform row's `_id`. */
  rowIdPattern: '^[A-Za-z0-9_-]{1,64}$',
  defaultRatingMax: 5,
  defaultMoneyPrecision: 2,
} as const;

export const rowIdRegExp = new RegExp(fieldLimits.rowIdPattern);

/** The longest text a text-like field may hold: its own `maxLength`, else the default cap. */
export function maxTextLength(field: ValueFieldDefinition): number | undefined {
  switch (field.type) {
    case 'text':
      return field.maxLength ?? fieldLimits.textMaxLength;
    case 'textarea':
      return field.maxLength ?? fieldLimits.textareaMaxLength;
    case 'richtext':
      return field.maxLength ?? fieldLimits.richtextMaxLength;
    default:
      return undefined;
  }
}

/** Digits allowed after the decimal point of a number field; `undefined` when unlimited. */
export function decimalPlaces(field: ValueFieldDefinition): number | undefined {
  if (field.type === 'number') return field.precision;
  if (field.type === 'money') return field.precision ?? fieldLimits.defaultMoneyPrecision;
  return undefined;
}

/** The `multipleOf` step for a number of decimal places, written as JSON would write it (0.01). */
export function decimalStep(places: number): number {
  return Number((10 ** -places).toFixed(places));
}

/**
 * The largest magnitude a number with `places` decimals can be stored at exactly. A double holds
 * every integer up to 2^53 − 1 and every decimal of at most 15 significant digits, so: without
 * decimals, 9007199254740991; with `places` decimals, 10^(15 − places) less one step
 * (money: 9999999999999.99). Beyond it JSON itself already changed the digits
 * (`9007199254740993` arrives as …992), so such numbers are refused, never stored changed.
 *
 * @example
 * exactNumberLimit(2) // 9999999999999.99
 */
export function exactNumberLimit(places: number | undefined): number {
  if (places === undefined || places === 0) return Number.MAX_SAFE_INTEGER;
  return Number(((10 ** 15 - 1) / 10 ** places).toFixed(places));
}
