import type { CompiledRule } from '../rules/CompiledRule.js';
import type { RuleRuntime } from '../rules/RuleRuntime.js';

/**
 * Evaluates a compiled rule for the form engine: a rule that fails at run time (say, `today`
 * without a clock) counts as giving nothing, so one bad rule cannot stop a record from being
 * evaluated or a submission from being answered.
 */
export function runRule(rule: CompiledRule, scope: unknown, runtime: RuleRuntime): unknown {
  try {
    return rule.evaluate(scope, runtime);
  } catch {
    return undefined;
  }
}
