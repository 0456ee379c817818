import type { CompiledRule } from './CompiledRule.js';
import { compileRule } from './compileRule.js';
import type { RuleLogic } from './RuleLogic.js';
import type { RuleRuntime } from './RuleRuntime.js';

// Rules are documents that live as long as their form: compile each object rule once.
const compiled = new WeakMap<object, CompiledRule>();

/** The compiled form of a rule, cached per rule object (rules are treated as immutable). */
export function compiledRuleOf(rule: RuleLogic): CompiledRule {
  if (rule === null || typeof rule !== 'object') return compileRule(rule);
  let result = compiled.get(rule);
  if (result === undefined) {
    result = compileRule(rule);
    compiled.set(rule, result);
  }
  return result;
}

/**
 * Evaluates a rule against some data: {@link compileRule} then evaluate, with the compiled rule
 * cached for object rules. Throws a RuleError for a malformed rule.
 *
 * @example
 * evaluateRule({ round: [{ var: 'f_amount' }, 2] }, { f_amount: 1.005 }); // 1.01
 * evaluateRule({ today: [] }, {}, { now: () => Date.UTC(2024, 0, 31, 18) }); // '2024-02-01' (Asia/Shanghai)
 */
export function evaluateRule(rule: RuleLogic, data: unknown, runtime?: RuleRuntime): unknown {
  return compiledRuleOf(rule).evaluate(data, runtime);
}
