import type { FormulaField } from '../../documents/form/FormSchema.js';
import { exactNumberLimit } from '../fieldLimits.js';
import type { Fault } from '../messages/createFieldError.js';
import type { FieldCheck } from './FieldCheck.js';

/**
 * A calculated field's number result: an infinity (an overflow, a division by zero or by an empty
 * field) is a fault of the field, not an empty value, so the record is refused with a message
 * naming it — instead of storing nothing and letting totals over it add up as 0. A finite result
 * beyond what the field's precision stores exactly is refused likewise. (NaN — an input empty or
 * not a number — stays "no result", as before.)
 */
export function compileFormulaCheck(field: FormulaField): FieldCheck {
  if (field.resultType !== undefined && field.resultType !== 'number') return () => undefined;
  const overflow: Fault = { code: 'overflow' };
  const limit = exactNumberLimit(field.precision);
  const outOfRange: Fault = { code: 'range', params: { max: limit } };
  return (value) => {
    if (typeof value !== 'number') return undefined;
    if (!Number.isFinite(value)) return overflow;
    return Math.abs(value) > limit ? outOfRange : undefined;
  };
}
