import { aggregateOperatorEntries } from './catalogue/aggregateOperatorEntries.js';
import { dateOperatorEntries } from './catalogue/dateOperatorEntries.js';
import { listOperatorEntries } from './catalogue/listOperatorEntries.js';
import { logicOperatorEntries } from './catalogue/logicOperatorEntries.js';
import { numberOperatorEntries } from './catalogue/numberOperatorEntries.js';
import type { RuleOperatorDescriptor } from './catalogue/RuleOperatorDescriptor.js';
import { textOperatorEntries } from './catalogue/textOperatorEntries.js';

/**
 * The operators the designer's formula editor offers, with their parameters, a description and
 * an example in zh-CN and en: every form operator, and the standard ones a formula author uses.
 */
export const ruleOperatorCatalogue: readonly RuleOperatorDescriptor[] = [
  ...logicOperatorEntries,
  ...numberOperatorEntries,
  ...textOperatorEntries,
  ...dateOperatorEntries,
  ...aggregateOperatorEntries,
  ...listOperatorEntries,
];
