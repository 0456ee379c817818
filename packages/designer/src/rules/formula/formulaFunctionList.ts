import { ruleOperatorCatalogue, type RuleOperatorDescriptor } from '@formwork/runtime';

// JSON Logic's plumbing: reading a path (`{Label}` does that), checking for missing keys, and the
// list operators whose inner rule reads a bare element. A formula author never calls them by name.
const PLUMBING: ReadonlySet<string> = new Set(['var', 'merge', 'missing', 'missing_some', 'map', 'filter', 'reduce', 'all', 'some', 'none']);

/**
 * The functions the formula editor offers, in the catalogue's order: the form's own functions and
 * the standard ones called by name (`if`, `round`, `cat`). Operators written as symbols (`+`, `>=`,
 * `&&`) and JSON Logic's plumbing are left out; formulas that use them still read and print.
 */
export const formulaFunctionList: readonly RuleOperatorDescriptor[] = ruleOperatorCatalogue.filter(
  (entry) => /^[a-z_]+$/.test(entry.name) && !PLUMBING.has(entry.name),
);
