import type { NumberField, RatingField } from '../../documents/form/FormSchema.js';
import { decimalPlaces, decimalStep, fieldLimits } from '../fieldLimits.js';
import type { Fault } from '../messages/createFieldError.js';
import { typeFault } from './FieldCheck.js';
import type { FieldCheck } from './FieldCheck.js';

/** Whether `value` is a multiple of `step` the way ajv's `multipleOf` decides it (precision 1e-9). */
export function isMultipleOf(value: number, step: number): boolean {
  const quotient = value / step;
  return Math.abs(Math.round(quotient) - quotient) <= 1e-9;
}

/** Number and money: a finite number within min/max, with at most `precision` decimals (money: 2). */
export function compileNumberCheck(field: NumberField): FieldCheck {
  const notNumber = typeFault('number');
  const min = field.min;
  const max = field.max;
  const belowMin: Fault = { code: 'min', params: { min } };
  const aboveMax: Fault = { code: 'max', params: { max } };
  const places = decimalPlaces(field);
  const step = places === undefined ? undefined : decimalStep(places);
  const tooPrecise: Fault = places === 0 ? { code: 'precision', params: { precision: 0, variant: 'integer' } } : { code: 'precision', params: { precision: places } };
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return notNumber;
    if (min !== undefined && value < min) return belowMin;
    if (max !== undefined && value > max) return aboveMax;
    if (step !== undefined && !isMultipleOf(value, step)) return tooPrecise;
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
