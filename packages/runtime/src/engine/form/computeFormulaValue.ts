import type { FormulaField } from '../documents/form/FormSchema.js';
import { isEmptyValue } from '../rules/values/isEmptyValue.js';
import { readSegments } from '../rules/values/readPath.js';
import type { CompiledRule } from '../rules/CompiledRule.js';
import type { EvaluationContext } from './CompiledForm.js';
import { normalizeFormulaResult } from './normalizeFormulaResult.js';
import { runRule } from './runRule.js';

/**
 * A calculated field's value. Its number inputs count as 0 while empty (the expression was
 * rewritten by readEmptyNumbersAsZero), except while *every* input (`inputs`: the paths it reads)
 * is empty: then the field stays blank, because a total nobody has started filling is "not
 * entered", not a stored 0 that lists, filters and averages would count as data. A division by
 * an empty divisor is a division by 0 and fails the field's check (`overflow`), as it did before
 * empty inputs counted as 0: the record is refused rather than stored with a blank that a total
 * over it would read as 0.
 */
export function computeFormulaValue(
  field: FormulaField,
  formula: CompiledRule,
  inputs: readonly (readonly string[])[] | undefined,
  ruleScope: Readonly<Record<string, unknown>>,
  ctx: EvaluationContext,
): unknown {
  if (inputs !== undefined && inputs.every((path) => isEmptyValue(readSegments(ruleScope, path, undefined)))) return undefined;
  return normalizeFormulaResult(field, runRule(formula, ruleScope, ctx));
}
