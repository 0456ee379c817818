/** Bounds on a filter tree, so that a query string cannot make the server build a huge statement. */
export const filterLimits = {
  /** Nesting of `and`/`or`. */
  maxDepth: 8,
  /** Conditions and groups in one filter. */
  maxNodes: 200,
  /** Items of an `in`/`nin` list. */
  maxListItems: 1000,
  /** Characters of one text operand. */
  maxTextLength: 1000,
} as const;
