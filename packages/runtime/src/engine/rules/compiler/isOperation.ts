/**
 * Whether a rule value is an operation: an object (not null, not an array) with exactly one key.
 * Any other object is a literal and passes through unevaluated, as in json-logic-js.
 */
export function isOperation(rule: unknown): rule is Readonly<Record<string, unknown>> {
  return typeof rule === 'object' && rule !== null && !Array.isArray(rule) && Object.keys(rule).length === 1;
}

/** Whether a rule value holds no operation anywhere inside it (so it evaluates to itself). */
export function isLiteralRule(rule: unknown): boolean {
  if (Array.isArray(rule)) return rule.every(isLiteralRule);
  return !isOperation(rule);
}
