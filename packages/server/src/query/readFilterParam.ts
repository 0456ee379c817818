import type { ErrorDetail } from '../http/HttpError.js';
import { invalidQuery } from '../http/httpErrors.js';
import { parseJsonText } from '../http/parseJsonBody.js';
import type { FilterPredicate } from './FilterPredicate.js';
import { filterLimits } from './filterLimits.js';
import { parseRecordFilter } from './parseRecordFilter.js';
import type { QueryField } from './QueryField.js';
import type { TimeZone } from './TimeZone.js';

/**
 * Reads the `filter` query parameter (a JSON filter tree) with the same defences as a JSON body
 * (nesting, forbidden keys) and checks it against the form's fields. Faults are a 400
 * `invalid_query` whose pointers start at `/filter`.
 */
export function readFilterParam(text: string | undefined, fields: ReadonlyMap<string, QueryField>, zone: TimeZone): FilterPredicate | null {
  if (text === undefined || text.trim() === '') return null;
  const parsed = parseJsonText(Buffer.from(text, 'utf8'), filterLimits.maxDepth * 2 + 2);
  if (!parsed.ok) {
    const detail: ErrorDetail = { pointer: '/filter', code: parsed.error.code, message: parsed.error.text };
    throw invalidQuery([detail]);
  }
  const filter = parseRecordFilter(parsed.value, fields, zone);
  if (!filter.ok) throw invalidQuery(filter.issues.map((issue) => ({ ...issue, pointer: `/filter${issue.pointer}` })));
  return filter.predicate;
}
