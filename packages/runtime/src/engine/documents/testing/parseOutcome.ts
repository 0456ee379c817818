import type { DocumentIssue, ParseResult } from '../DocumentIssue.js';

/** The parsed value, or a failure listing every issue (so a test's failure says why). */
export function parsedValue<T>(result: ParseResult<T>): T {
  if (result.ok) return result.value;
  const listed = result.errors.map((issue) => `  ${issue.pointer} [${issue.code}] ${issue.message.en}`).join('\n');
  throw new Error(`expected the document to parse, but it was refused:\n${listed}`);
}

/** The issues of a refused document, or a failure when it parsed. */
export function parseIssues<T>(result: ParseResult<T>): readonly DocumentIssue[] {
  if (!result.ok) return result.errors;
  throw new Error('expected the document to be refused, but it parsed');
}

/** The one issue at `pointer`, or a failure listing what there was instead. */
export function issueAt<T>(result: ParseResult<T>, pointer: string): DocumentIssue {
  const issues = parseIssues(result);
  const found = issues.find((issue) => issue.pointer === pointer);
  if (found) return found;
  const listed = issues.map((issue) => `  ${issue.pointer} [${issue.code}] ${issue.message.en}`).join('\n');
  throw new Error(`expected an issue at ${pointer}, got:\n${listed}`);
}
