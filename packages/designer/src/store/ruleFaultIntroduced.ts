import type { FormSchema, LocalizedText } from '@formwork/runtime';
import { analyzeSchema } from './analyzeSchema.js';

/**
 * The first rule fault (a cycle, a reference to a missing field…) that `after` has and `before`
 * did not, as the engine words it (naming the fields), or `undefined`. Faults the document already
 * had (e.g. from an imported file) do not block unrelated edits.
 */
export function ruleFaultIntroduced(before: FormSchema, after: FormSchema): LocalizedText | undefined {
  if (before === after) return undefined;
  const known = new Set(analyzeSchema(before).issues.map(issueKey));
  return analyzeSchema(after).issues.find((issue) => !known.has(issueKey(issue)))?.message;
}

// Pointers shift when fields move; the code and the words (which name the fields) do not.
function issueKey(issue: { readonly code: string; readonly message: LocalizedText }): string {
  return `${issue.code}\u0000${issue.message.en}`;
}
