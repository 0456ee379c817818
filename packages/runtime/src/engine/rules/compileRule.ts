import type { CompiledRule, CompileRuleOptions } from './CompiledRule.js';
import { operatorTable } from './compiler/operatorTable.js';
import { RuleCompiler } from './compiler/RuleCompiler.js';
import type { RuleLogic } from './RuleLogic.js';

const defaultMaxDepth = 200;

/**
 * Validates a rule and compiles it, once, into a tree of closures (no code is generated from
 * text, nothing is eval'd). Unknown operators, bad arguments of form operators, forbidden paths
 * and rules nested deeper than `maxDepth` are refused here with a {@link RuleError}.
 *
 * @example
 * const total = compileRule({ '*': [{ var: '$row.f_qty' }, { var: '$row.f_price' }] });
 * total.evaluate({ $row: { f_qty: 3, f_price: 2.5 } }); // 7.5
 * total.dependencies; // { vars: ['$row.f_qty', '$row.f_price'], dynamic: false }
 */
export function compileRule(rule: RuleLogic, options: CompileRuleOptions = {}): CompiledRule {
  const compiler = new RuleCompiler(operatorTable, options.maxDepth ?? defaultMaxDepth);
  const root = compiler.compile(rule, '');
  return { evaluate: root, dependencies: compiler.dependencies() };
}
