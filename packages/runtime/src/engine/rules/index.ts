/**
 * Rules: JSON Logic (json-logic-js 2.0.5 semantics) plus Formwork's form operators, compiled once
 * into closures and evaluated many times.
 */
export type * from './RuleLogic.js';
export type * from './CompiledRule.js';
export type { RuleOperatorDescriptor, RuleOperatorGroup, RuleOperatorParameter, RuleValueKind } from './catalogue/RuleOperatorDescriptor.js';
export { RuleError, type RuleErrorCode } from './RuleError.js';
export { defaultRuleTimeZone, type RuleRuntime } from './RuleRuntime.js';
export { compileRule } from './compileRule.js';
export { evaluateRule } from './evaluateRule.js';
export { dependenciesOf } from './dependenciesOf.js';
export { ruleOperatorCatalogue } from './ruleOperatorCatalogue.js';
export { roundDecimal, type RoundingMode } from './values/roundDecimal.js';
