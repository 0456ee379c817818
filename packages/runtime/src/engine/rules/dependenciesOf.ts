import type { RuleDependencies } from './CompiledRule.js';
import { compiledRuleOf } from './evaluateRule.js';
import type { RuleLogic } from './RuleLogic.js';

/**
 * The data a rule reads, for dependency graphs (see {@link RuleDependencies} for what counts).
 * Compiles the rule (cached), so a malformed rule throws its RuleError here too.
 *
 * @example
 * dependenciesOf({ sum_of: [{ var: 'f_items' }, 'f_amount', { '>': [{ var: '$row.f_qty' }, { var: 'f_min' }] }] });
 * // { vars: ['f_items', 'f_min'], dynamic: false }
 */
export function dependenciesOf(rule: RuleLogic): RuleDependencies {
  return compiledRuleOf(rule).dependencies;
}
