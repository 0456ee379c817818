import type { ValidationIssue } from '../http/validation/ValueSchema.js';
import type { QueryField } from './QueryField.js';
import { defaultRecordSort, type RecordSort } from './RecordSort.js';

export type SortParseResult = { readonly ok: true; readonly sort: RecordSort } | { readonly ok: false; readonly issue: ValidationIssue };

/**
 * Reads `sort=f_amount:desc` (direction optional, default `asc`). One field, a form field or a
 * system field; list and file fields cannot be sorted. Ties are broken by submission order.
 *
 * @example
 * parseRecordSort('_createdAt:desc', fields) // { ok: true, sort: { field: …createdAt, direction: 'desc' } }
 */
export function parseRecordSort(text: string | undefined, fields: ReadonlyMap<string, QueryField>): SortParseResult {
  if (text === undefined || text === '') return { ok: true, sort: defaultRecordSort };
  const match = /^([^:]{1,80})(?::(asc|desc))?$/.exec(text);
  const field = match?.[1] === undefined ? undefined : fields.get(match[1]);
  if (!match || !field) {
    const shown = (match?.[1] ?? text).slice(0, 64);
    return fail('unknown_field', { 'zh-CN': `无法按 "${shown}" 排序：写成 字段ID:asc 或 字段ID:desc`, en: `cannot sort by "${shown}": write fieldId:asc or fieldId:desc` });
  }
  if (field.filterOnly === true) {
    return fail('not_sortable', { 'zh-CN': `"${field.id}" 只能用于筛选，不能排序`, en: `"${field.id}" can only be filtered on, not sorted by` });
  }
  if (field.kind === 'list' || field.kind === 'count') {
    return fail('not_sortable', { 'zh-CN': '多选和文件字段不能排序', en: 'list and file fields cannot be sorted' });
  }
  return { ok: true, sort: { field, direction: match[2] === 'desc' ? 'desc' : 'asc' } };
}

function fail(code: string, message: ValidationIssue['message']): SortParseResult {
  return { ok: false, issue: { pointer: '/sort', code, message } };
}
