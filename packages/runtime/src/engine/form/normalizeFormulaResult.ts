import type { FormulaField } from '../documents/form/FormSchema.js';
import { roundDecimal } from '../rules/values/roundDecimal.js';
import { isDate } from './recordFormats.js';

/**
 * What a formula field holds for what its expression gave: a value of its `resultType` (numbers
 * rounded to `precision`), or `undefined` for nothing usable (null, NaN, a list or an object, a
 * text that is not a date for a date result). An infinity (overflow, division by zero) is kept:
 * the field's check reports it (`compileFormulaCheck`), so that it is never stored as "empty".
 */
export function normalizeFormulaResult(field: FormulaField, result: unknown): unknown {
  switch (field.resultType) {
    case 'number':
      return typeof result === 'number' && !Number.isNaN(result) ? (field.precision === undefined ? result : roundDecimal(result, field.precision)) : undefined;
    case 'text':
      if (typeof result === 'string') return result;
      if (typeof result === 'number') return Number.isFinite(result) ? String(result) : undefined;
      return typeof result === 'boolean' ? String(result) : undefined;
    case 'date':
      return typeof result === 'string' && isDate(result) ? result : undefined;
    case 'boolean':
      return result === undefined || result === null ? undefined : Array.isArray(result) ? result.length > 0 : Boolean(result);
    default:
      if (typeof result === 'number') {
        if (Number.isNaN(result)) return undefined;
        return field.precision === undefined ? result : roundDecimal(result, field.precision);
      }
      return typeof result === 'string' || typeof result === 'boolean' ? result : undefined;
  }
}
