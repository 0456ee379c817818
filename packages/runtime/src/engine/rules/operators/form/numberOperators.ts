import type { Evaluator } from '../../compiler/Evaluator.js';
import type { OperatorCall } from '../../compiler/OperatorCall.js';
import type { OperatorDefinition } from '../../compiler/OperatorDefinition.js';
import { roundDecimal, type RoundingMode } from '../../values/roundDecimal.js';
import { toFiniteNumber } from '../../values/toFiniteNumber.js';

/*
 * Number operators read their inputs as form numbers (numbers, or decimal text); an empty or
 * non-numeric input, or a non-finite result, gives null — a blank cell, never NaN.
 */

const maxDigits = 15;

/** The `digits` argument: an integer from -15 to 15, default 0; checked now when it is a literal. */
function digitsArg(call: OperatorCall): (data: unknown, runtime: Parameters<Evaluator>[1]) => number | null {
  const read = (value: unknown): number | null => {
    const digits = value === undefined ? 0 : toFiniteNumber(value);
    return digits !== null && Number.isInteger(digits) && Math.abs(digits) <= maxDigits ? digits : null;
  };
  if (!call.isComputed(1)) {
    const digits = read(call.args[1]);
    if (digits === null) {
      call.fail({ 'zh-CN': `小数位数应为 -${maxDigits} 到 ${maxDigits} 之间的整数`, en: `digits must be an integer from -${maxDigits} to ${maxDigits}` });
    }
    return () => digits;
  }
  const digits = call.arg(1);
  return (data, runtime) => read(digits(data, runtime));
}

function rounding(mode: RoundingMode): OperatorDefinition {
  return {
    pure: true,
    compile(call) {
      call.expectArity(1, 2);
      const value = call.arg(0);
      const digitsOf = digitsArg(call);
      return (data, runtime) => {
        const number = toFiniteNumber(value(data, runtime));
        const digits = digitsOf(data, runtime);
        return number === null || digits === null ? null : roundDecimal(number, digits, mode);
      };
    },
  };
}

const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

export const numberOperators: Readonly<Record<string, OperatorDefinition>> = {
  /** `round` [x, digits]: half away from zero on the decimal value (1.005 → 1.01, -2.5 → -3). */
  round: rounding('half_away_from_zero'),
  ceil: rounding('ceil'),
  floor: rounding('floor'),
  abs: {
    pure: true,
    compile(call) {
      call.expectArity(1);
      const value = call.arg(0);
      return (data, runtime) => {
        const number = toFiniteNumber(value(data, runtime));
        return number === null ? null : Math.abs(number);
      };
    },
  },
  pow: {
    pure: true,
    compile(call) {
      call.expectArity(2);
      const base = call.arg(0);
      const exponent = call.arg(1);
      return (data, runtime) => {
        const b = toFiniteNumber(base(data, runtime));
        const e = toFiniteNumber(exponent(data, runtime));
        return b === null || e === null ? null : finiteOrNull(b ** e);
      };
    },
  },
  /** `number` [x]: the number a value stands for — decimal text parsed, true/false as 1/0, '' and junk null. */
  number: {
    pure: true,
    compile(call) {
      call.expectArity(1);
      const value = call.arg(0);
      return (data, runtime) => {
        const input = value(data, runtime);
        return typeof input === 'boolean' ? Number(input) : toFiniteNumber(input);
      };
    },
  },
};
