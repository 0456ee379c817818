import { aggregateOperators } from '../operators/form/aggregateOperators.js';
import { dateOperators } from '../operators/form/dateOperators.js';
import { membershipOperators } from '../operators/form/membershipOperators.js';
import { numberOperators } from '../operators/form/numberOperators.js';
import { formTextOperators } from '../operators/form/textOperators.js';
import { arithmeticOperators } from '../operators/standard/arithmeticOperators.js';
import { comparisonOperators } from '../operators/standard/comparisonOperators.js';
import { listOperators } from '../operators/standard/listOperators.js';
import { logicOperators } from '../operators/standard/logicOperators.js';
import { logOperator } from '../operators/standard/logOperator.js';
import { missingOperators } from '../operators/standard/missingOperators.js';
import { scopedOperators } from '../operators/standard/scopedOperators.js';
import { textOperators } from '../operators/standard/textOperators.js';
import { varOperator } from '../operators/standard/varOperator.js';
import type { OperatorDefinition } from './OperatorDefinition.js';

/**
 * Every operator a rule may use, by name. A Map, not an object, so that `constructor`,
 * `toString` or `__proto__` in a rule are unknown operators rather than inherited members.
 */
export const operatorTable: ReadonlyMap<string, OperatorDefinition> = new Map<string, OperatorDefinition>([
  ['var', varOperator],
  ['log', logOperator],
  ...Object.entries(comparisonOperators),
  ...Object.entries(logicOperators),
  ...Object.entries(arithmeticOperators),
  ...Object.entries(textOperators),
  ...Object.entries(listOperators),
  ...Object.entries(scopedOperators),
  ...Object.entries(missingOperators),
  ...Object.entries(dateOperators),
  ...Object.entries(numberOperators),
  ...Object.entries(formTextOperators),
  ...Object.entries(aggregateOperators),
  ...Object.entries(membershipOperators),
]);

/** The names of the standard JSON Logic operators (json-logic-js 2.0.5); every other name in the table is a form operator. */
export const standardOperatorNames: readonly string[] = [
  'var', 'log', 'missing', 'missing_some',
  ...Object.keys(comparisonOperators),
  ...Object.keys(logicOperators),
  ...Object.keys(arithmeticOperators),
  ...Object.keys(textOperators),
  ...Object.keys(listOperators),
  ...Object.keys(scopedOperators),
];
