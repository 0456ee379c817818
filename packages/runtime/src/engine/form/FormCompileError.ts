import type { DocumentIssue } from '../documents/DocumentIssue.js';

/**
 * Thrown by `compileForm` for a form whose rules cannot be evaluated: unknown fields, `$row`
 * outside a subform, computed field names, invalid rules, or a cycle (whose message names the
 * fields by label, e.g. "Formulas refer to each other in a cycle: Amount → Price → Amount").
 */
export class FormCompileError extends Error {
  override readonly name = 'FormCompileError';

  constructor(readonly issues: readonly DocumentIssue[]) {
    super(issues.map((issue) => `${issue.message.en} (at ${issue.pointer})`).join('\n'));
  }
}
