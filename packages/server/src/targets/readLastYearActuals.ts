import { parsePeriod, parseScoringSchema, periodRange, type LocalizedText, type RecordFilter } from '@formwork/runtime';
import { HttpError } from '../http/HttpError.js';
import { checkAggregateQuery } from '../query/checkAggregateQuery.js';
import { maxAggregateRows } from '../query/AggregateQuery.js';
import { timeZoneAt } from '../query/TimeZone.js';
import { loadRecordForm } from '../records/loadRecordForm.js';
import type { ServerContext } from '../ServerContext.js';

/** Last year's actuals of a metric: by month (`2025-11`) and quarter (`2025-Q4`), and in all. */
export interface LastYearActuals {
  readonly byPeriod: Readonly<Record<string, number>>;
  readonly total: number;
}

/** The period a year before (`2026-Q4` → `2025-Q4`); weeks have no same week last year here. */
export function periodAYearBefore(name: string): string | undefined {
  const match = /^(\d{4})(-Q\d|-\d{2})?$/.exec(name);
  return match ? `${Number(match[1]) - 1}${match[2] ?? ''}` : undefined;
}

/**
 * The actuals of `metric` in `lastYear` (a period name): the published scoring item whose id is
 * the metric gives the form, person and date fields, filter and measure (a sum or a count); ONE
 * grouped query (by person and month, in the app's time zone) reads them, for the people of
 * `department` and its sub-departments (their department now), or everyone for the company.
 * Throws a 400 `invalid_decomposition` at `pointer` when the metric has no such source.
 */
export async function readLastYearActuals(context: ServerContext, appId: string, metric: string, lastYear: string, department: string | null, pointer: string): Promise<LastYearActuals> {
  const { stores } = context;
  const fail = (code: string, message: LocalizedText) => new HttpError(400, 'invalid_decomposition', { 'zh-CN': '无法按此分解目标', en: 'The target cannot be decomposed this way' }, [{ pointer, code, message }]);
  const period = parsePeriod(lastYear);
  if (!period) throw fail('period', { 'zh-CN': `“${lastYear}”不是周期名称`, en: `"${lastYear}" is not a period name` });
  let source: { formId: string; personField: string; dateField: string; aggregate: string; field?: string; filter?: RecordFilter } | undefined;
  for (const document of await stores.documents.listByApp(appId, 'scoring')) {
    if (!document.published || document.archivedAt !== null) continue;
    const parsed = parseScoringSchema(document.published.schema);
    const item = parsed.ok ? parsed.value.items.find((each) => each.id === metric) : undefined;
    if (item?.source.kind === 'aggregate') {
      source = item.source;
      break;
    }
  }
  if (!source) {
    throw fail('no_actuals_source', { 'zh-CN': `没有已发布的考核指标项“${metric}”按表单汇总实际值，无法读取去年的实际`, en: `No published scoring item "${metric}" sums a form's records, so last year's actuals cannot be read` });
  }
  if (source.aggregate !== 'sum' && source.aggregate !== 'count') {
    throw fail('actuals_not_additive', { 'zh-CN': `指标“${metric}”的实际值不是合计或计数，不能按去年占比分配`, en: `The actuals of "${metric}" are not a sum or a count, so they cannot be shared out by last year's` });
  }
  const form = await loadRecordForm(stores, source.formId);
  if (!form) throw fail('no_actuals_source', { 'zh-CN': '指标的来源表单不存在或尚未发布', en: "The metric's source form does not exist or is not published" });
  const { start, end } = periodRange(period);
  const inPeriod: RecordFilter = { field: source.dateField, op: 'range', value: [start, end] };
  const zone = timeZoneAt(context.settings.records.timeZone, context.now());
  const checked = checkAggregateQuery(
    {
      groupBy: [{ field: source.personField }, { field: source.dateField, bucket: 'month' }],
      measures: [{ op: source.aggregate, ...(source.field === undefined ? {} : { field: source.field }), id: 'value' }],
      filter: source.filter ? { and: [inPeriod, source.filter] } : inPeriod,
      limit: maxAggregateRows,
    },
    form.queryFields,
    zone,
  );
  if (!checked.ok) throw fail('no_actuals_source', { 'zh-CN': '指标的来源无法汇总', en: "The metric's source cannot be summed" });
  const subtree = department === null ? null : new Set(await stores.departments.subtreeIds(department));
  const people = subtree === null ? null : new Set((await stores.users.list()).filter((user) => user.departmentId !== null && subtree.has(user.departmentId)).map((user) => user.id));
  const result = await stores.records.aggregate({ formId: form.formId, columns: form.columns, scope: { kind: 'all' } }, checked.query, zone.offsetMinutes);
  const byPeriod: Record<string, number> = {};
  let total = 0;
  for (const row of result.rows) {
    const [person, month] = row.keys;
    const value = row.values[0];
    if (typeof month !== 'string' || typeof value !== 'number') continue;
    if (people !== null && (typeof person !== 'string' || !people.has(person))) continue;
    const quarter = `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) + 2) / 3)}`;
    byPeriod[month] = (byPeriod[month] ?? 0) + value;
    byPeriod[quarter] = (byPeriod[quarter] ?? 0) + value;
    total += value;
  }
  return { byPeriod, total };
}
