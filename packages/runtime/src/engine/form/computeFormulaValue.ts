import type { FormulaField } from '../documents/form/FormSchema.js';
import { isEmptyValue } from '../rules/values/isEmptyValue.js';
import { readSegments } from '../rules/values/readPath.js';
import type { CompiledRule } from '../rules/CompiledRule.js';
import type { EvaluationContext } from './CompiledForm.js';
import { normalizeFormulaResult } from './normalizeFormulaResult.js';
import { runRule } from './runRule.js';

/**
 * A calculated field's value. Its number inputs count as 0 while empty (the expression was
 * rewritten by readEmptyNumbersAsZero), with two exceptions that keep an unfilled form blank
 * rather than showing made-up numbers:
 * - while *every* input (`inputs`: the paths it reads) is empty, the field stays blank — a total
 *   nobody has started filling is "not entered", not a stored 0 that lists, filters and averages
 *   would count as data;
 * - a result that is no finite number while some input is empty (`{A} / {B}` before B is filled)
 *   is blank too: the formula is not finished, not wrong, so no division-by-zero error is shown.
 */
export function computeFormulaValue(
  field: FormulaField,
  formula: CompiledRule,
  inputs: readonly (readonly string[])[] | undefined,
  ruleScope: Readonly<Record<string, unknown>>,
  ctx: EvaluationContext,
): unknown {
  if (inputs === undefined) return normalizeFormulaResult(field, runRule(formula, ruleScope, ctx));
  let empty = 0;
  for (const path of inputs) if (isEmptyValue(readSegments(ruleScope, path, undefined))) empty += 1;
  if (empty === inputs.length) return undefined;
  const result = runRule(formula, ruleScope, ctx);
  if (empty > 0 && typeof result === 'number' && !Number.isFinite(result)) return undefined;
  return normalizeFormulaResult(field, result);
}
