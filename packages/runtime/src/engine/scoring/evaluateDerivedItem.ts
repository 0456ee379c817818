import type { DerivedSource } from '../documents/scoring/ScoringSchema.js';
import { compiledRuleOf } from '../rules/evaluateRule.js';
import { RuleError } from '../rules/RuleError.js';
import { isAdditiveAggregate } from './isAdditiveAggregate.js';

/** What a derived item's formula gave for one person. */
export interface DerivedValue {
  /** The formula's result; null when it could not be computed. */
  readonly actual: number | null;
  readonly inputs: Readonly<Record<string, number | null>>;
  /** `noRecords`: an input with no value (an average over no records); `divisionByZero`: the formula gave no finite number. */
  readonly fault?: 'noRecords' | 'divisionByZero';
  /** True when every input had no records. */
  readonly noRecords: boolean;
}

/**
 * Evaluates a derived item's JSON Logic formula (compiled once per formula object, as every rule
 * is) over one person's inputs. A count or sum input missing from the server's result is 0;
 * another missing input leaves the item without a value. `{"/": [x, 0]}` gives Infinity or NaN in
 * JSON Logic: any result that is not a finite number is reported as a division by zero, never
 * scored. Parsing has checked that the formula compiles and reads only its inputs.
 */
export function evaluateDerivedItem(source: DerivedSource, values: Readonly<Record<string, number | null | undefined>>): DerivedValue {
  const inputs: Record<string, number | null> = {};
  let missing = 0;
  let empty = false;
  for (const input of source.inputs) {
    const value = Object.hasOwn(values, input.name) ? values[input.name] : undefined;
    if (value === undefined || value === null) {
      missing += 1;
      if (!isAdditiveAggregate(input.source.aggregate)) empty = true;
      inputs[input.name] = isAdditiveAggregate(input.source.aggregate) ? 0 : null;
    } else inputs[input.name] = value;
  }
  const noRecords = missing === source.inputs.length;
  if (empty) return { actual: null, inputs, fault: 'noRecords', noRecords };
  let result: unknown;
  try {
    result = compiledRuleOf(source.formula).evaluate(inputs);
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    result = undefined;
  }
  if (typeof result !== 'number' || !Number.isFinite(result)) return { actual: null, inputs, fault: 'divisionByZero', noRecords };
  return { actual: result, inputs, noRecords };
}
