/**
 * A rule: JSON Logic data (https://jsonlogic.com), never code. Any JSON value is a rule; an
 * object with exactly one key is an operation, whose value is its argument or argument list.
 */
export type RuleLogic = null | boolean | number | string | readonly RuleLogic[] | { readonly [operator: string]: RuleLogic };
