import type { NumberField, RatingField } from '../../documents/form/FormSchema.js';
import { normaliseNumber, roundDecimal } from '../../rules/values/roundDecimal.js';
import { decimalPlaces, exactNumberLimit, fieldLimits } from '../fieldLimits.js';
import type { Fault } from '../messages/createFieldError.js';
import { typeFault } from './FieldCheck.js';
import type { FieldCheck } from './FieldCheck.js';

/**
 * A number as a field with `places` decimals stores it: read at 15 significant digits, which
 * strips binary noise (0.1 + 0.2 = 0.30000000000000004 is stored as 0.3). A field without a
 * precision stores the number as JSON gave it. Only for values its check accepted.
 *
 * @example
 * storedNumber(0.1 + 0.2, 2) // 0.3
 */
export function storedNumber(value: number, places: number | undefined): number {
  // From 10^15 on, 15 digits would drop digits of a whole number that is exact as it is.
  return places === undefined || Math.abs(value) >= 1e15 ? value : normaliseNumber(value);
}

/**
 * Number and money: a finite number within min/max, within the range it can be stored at exactly
 * (`exactNumberLimit`), with at most `precision` decimals (money: 2). Decimals are counted on the
 * decimal the number stands for (`storedNumber`), not on its binary approximation: 0.1 + 0.2 has
 * one decimal, 0.305 has three and is refused at precision 2 — never rounded without a word.
 */
export function compileNumberCheck(field: NumberField): FieldCheck {
  const notNumber = typeFault('number');
  const min = field.min;
  const max = field.max;
  const belowMin: Fault = { code: 'min', params: { min } };
  const aboveMax: Fault = { code: 'max', params: { max } };
  const places = decimalPlaces(field);
  const limit = exactNumberLimit(places);
  const outOfRange: Fault = { code: 'range', params: { max: limit } };
  const tooPrecise: Fault = places === 0 ? { code: 'precision', params: { precision: 0, variant: 'integer' } } : { code: 'precision', params: { precision: places } };
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return notNumber;
    const decimal = storedNumber(value, places);
    if (min !== undefined && decimal < min) return belowMin;
    if (max !== undefined && decimal > max) return aboveMax;
    if (Math.abs(decimal) > limit) return outOfRange;
    if (places === 0 ? !Number.isInteger(decimal) : places !== undefined && roundDecimal(decimal, places) !== decimal) return tooPrecise;
    return undefined;
  };
}

/** Rating: a whole number from 1 to `max` (default 5). */
export function compileRatingCheck(field: RatingField): FieldCheck {
  const notInteger = typeFault('integer');
  const max = field.max ?? fieldLimits.defaultRatingMax;
  const belowMin: Fault = { code: 'min', params: { min: 1 } };
  const aboveMax: Fault = { code: 'max', params: { max } };
  return (value) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) return notInteger;
    if (value < 1) return belowMin;
    if (value > max) return aboveMax;
    return undefined;
  };
}
