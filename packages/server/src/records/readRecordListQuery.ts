import { invalidQuery } from '../http/httpErrors.js';
import type { FilterPredicate } from '../query/FilterPredicate.js';
import { parseRecordSort } from '../query/parseRecordSort.js';
import { decodeRecordCursor, type RecordCursor } from '../query/RecordCursor.js';
import { sortKeyOf, type RecordSort } from '../query/RecordSort.js';
import { readFilterParam } from '../query/readFilterParam.js';
import type { TimeZone } from '../query/TimeZone.js';
import type { RecordForm } from './RecordForm.js';

/** The list parameters as strings, from the query. */
export interface RecordListParams {
  readonly filter?: string;
  readonly sort?: string;
  readonly limit?: string;
  readonly cursor?: string;
  readonly deleted?: 'true' | 'false';
}

export interface RecordListQuery {
  readonly filter: FilterPredicate | null;
  readonly sort: RecordSort;
  readonly cursor: RecordCursor | undefined;
  readonly limit: number;
  readonly state: 'live' | 'deleted';
}

export const defaultPageSize = 50;
export const maxPageSize = 500;

/**
 * Checks `filter`, `sort`, `limit`, `cursor` and `deleted` against the fields the caller may
 * query (`FieldAccess.queryFields`: a hidden field is unknown); faults are 400 `invalid_query`.
 */
export function readRecordListQuery(form: Pick<RecordForm, 'queryFields'>, params: RecordListParams, zone: TimeZone): RecordListQuery {
  const filter = readFilterParam(params.filter, form.queryFields, zone);
  const sort = parseRecordSort(params.sort, form.queryFields);
  if (!sort.ok) throw invalidQuery([sort.issue]);
  const limit = params.limit === undefined ? defaultPageSize : Number(params.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) {
    throw invalidQuery([{ pointer: '/limit', code: 'range', message: { 'zh-CN': `必须是 1 到 ${maxPageSize} 的整数`, en: `must be a whole number from 1 to ${maxPageSize}` } }]);
  }
  let cursor: RecordCursor | undefined;
  if (params.cursor !== undefined) {
    cursor = decodeRecordCursor(params.cursor, sortKeyOf(sort.sort));
    if (!cursor) {
      throw invalidQuery([{ pointer: '/cursor', code: 'invalid_cursor', message: { 'zh-CN': '游标无效或与排序不符，请从第一页开始', en: 'the cursor is invalid or belongs to another sort; start from the first page' } }]);
    }
  }
  return { filter, sort: sort.sort, cursor, limit, state: params.deleted === 'true' ? 'deleted' : 'live' };
}
