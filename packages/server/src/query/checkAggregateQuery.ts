import type { LocalizedText, MeasureOp, TimeBucket } from '@formwork/runtime';
import { forbiddenJsonKeys } from '../http/parseJsonBody.js';
import type { ValidationIssue } from '../http/validation/ValueSchema.js';
import { maxAggregateRows, type AggregateGroup, type AggregateMeasure, type AggregateQuery } from './AggregateQuery.js';
import { parseRecordFilter } from './parseRecordFilter.js';
import type { QueryField, QueryValueKind } from './QueryField.js';
import type { TimeZone } from './TimeZone.js';

/** The aggregate request body after its shape was checked (see the route's validator). */
export interface AggregateRequest {
  readonly groupBy?: readonly { readonly field: string; readonly bucket?: TimeBucket }[];
  readonly measures: readonly { readonly op: MeasureOp; readonly field?: string; readonly id?: string }[];
  readonly filter?: unknown;
  readonly sort?: { readonly by: string; readonly direction: 'asc' | 'desc' };
  readonly limit?: number;
}

export type AggregateCheckResult = { readonly ok: true; readonly query: AggregateQuery } | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

const timeKinds: ReadonlySet<QueryValueKind> = new Set(['date', 'datetime', 'timestamp']);
const numericKinds: ReadonlySet<QueryValueKind> = new Set(['number', 'any']);
const orderedKinds: ReadonlySet<QueryValueKind> = new Set(['number', 'any', 'text', 'date', 'datetime', 'timestamp']);
const measureIdPattern = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Checks an aggregate request against the fields of the form: known fields, buckets only on
 * time fields (time stamps are always bucketed, by day unless told), sum/avg only on numbers,
 * unique measure ids, and the filter. Pointers in the issues point into the request body.
 *
 * @example
 * checkAggregateQuery({ groupBy: [{ field: '_owner' }, { field: 'f_date', bucket: 'month' }], measures: [{ op: 'sum', field: 'f_amount' }] }, fields, zone)
 */
export function checkAggregateQuery(request: AggregateRequest, fields: ReadonlyMap<string, QueryField>, zone: TimeZone): AggregateCheckResult {
  const issues: ValidationIssue[] = [];
  const issue = (pointer: string, code: string, message: LocalizedText): void => {
    issues.push({ pointer, code, message });
  };
  const known = (name: string | undefined, pointer: string): QueryField | undefined => {
    const field = name === undefined ? undefined : fields.get(name);
    if (!field) issue(pointer, 'unknown_field', { 'zh-CN': `没有字段 "${String(name).slice(0, 64)}"`, en: `there is no field "${String(name).slice(0, 64)}"` });
    if (field?.filterOnly === true) {
      issue(pointer, 'filter_only', { 'zh-CN': `"${field.id}" 只能用于筛选，不能分组或统计`, en: `"${field.id}" can only be filtered on, not grouped by or measured` });
      return undefined;
    }
    return field;
  };

  const groups: AggregateGroup[] = [];
  (request.groupBy ?? []).forEach((group, index) => {
    const pointer = `/groupBy/${index}`;
    const field = known(group.field, `${pointer}/field`);
    if (!field) return;
    if (field.kind === 'count') return issue(`${pointer}/field`, 'not_groupable', { 'zh-CN': '文件和子表单字段不能分组', en: 'file and subform fields cannot be grouped by' });
    if (group.bucket !== undefined && !timeKinds.has(field.kind)) {
      return issue(`${pointer}/bucket`, 'bucket', { 'zh-CN': '只有日期和时间字段可以按时间段分组', en: 'only date and time fields take a bucket' });
    }
    const bucket = group.bucket ?? (field.kind === 'timestamp' ? 'day' : null);
    const key = bucket ? `${field.id}:${bucket}` : field.id;
    if (groups.some((existing) => existing.key === key)) return issue(pointer, 'duplicate', { 'zh-CN': '重复的分组', en: 'duplicate group' });
    if (field.kind === 'list' && groups.some((existing) => existing.field.kind === 'list')) {
      return issue(`${pointer}/field`, 'not_groupable', { 'zh-CN': '只能按一个多选字段分组', en: 'only one list field can be grouped by' });
    }
    groups.push({ field, bucket, key });
  });

  const measures: AggregateMeasure[] = [];
  request.measures.forEach((measure, index) => {
    const pointer = `/measures/${index}`;
    let field: QueryField | null = null;
    if (measure.field !== undefined) {
      const found = known(measure.field, `${pointer}/field`);
      if (!found) return;
      field = found;
    } else if (measure.op !== 'count') {
      return issue(`${pointer}/field`, 'required', { 'zh-CN': '除 count 外都需要字段', en: 'every measure but count needs a field' });
    }
    if (field && !measureFits(measure.op, field.kind)) {
      return issue(`${pointer}/op`, 'measure', {
        'zh-CN': `${measure.op} 不能用于此字段`,
        en: `${measure.op} does not apply to this field`,
      });
    }
    const id = measure.id ?? (field ? `${measure.op}_${field.id}` : 'count');
    if (!measureIdPattern.test(id) || forbiddenJsonKeys.has(id)) return issue(`${pointer}/id`, 'pattern', { 'zh-CN': 'id 只能含字母、数字和下划线', en: 'id may hold letters, digits and underscores only' });
    if (measures.some((existing) => existing.id === id) || groups.some((group) => group.key === id)) {
      return issue(`${pointer}/id`, 'duplicate', { 'zh-CN': `重复的名称 "${id}"，请给出 id`, en: `duplicate name "${id}"; give the measure an id` });
    }
    measures.push({ id, op: measure.op, field });
  });

  let filter: AggregateQuery['filter'] = null;
  if (request.filter !== undefined && request.filter !== null) {
    const parsed = parseRecordFilter(request.filter, fields, zone);
    if (parsed.ok) filter = parsed.predicate;
    else issues.push(...parsed.issues.map((item) => ({ ...item, pointer: `/filter${item.pointer}` })));
  }

  const sort = request.sort ?? null;
  if (sort && !measures.some((m) => m.id === sort.by) && !groups.some((g) => g.key === sort.by)) {
    issue('/sort/by', 'unknown_field', { 'zh-CN': '必须是某个度量的 id 或分组', en: 'must be a measure id or a group key' });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, query: { groups, measures, filter, sort, limit: Math.min(request.limit ?? maxAggregateRows, maxAggregateRows) } };
}

function measureFits(op: MeasureOp, kind: QueryValueKind): boolean {
  switch (op) {
    case 'count':
      return true;
    case 'sum':
    case 'avg':
      return numericKinds.has(kind);
    case 'min':
    case 'max':
      return orderedKinds.has(kind);
    case 'distinct':
      return kind !== 'count';
  }
}
