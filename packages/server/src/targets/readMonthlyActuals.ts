import { parseScoringSchema, type LocalizedText, type RecordFilter } from '@formwork/runtime';
import { maxAggregateRows } from '../query/AggregateQuery.js';
import { checkAggregateQuery } from '../query/checkAggregateQuery.js';
import { timeZoneAt } from '../query/TimeZone.js';
import { loadRecordForm } from '../records/loadRecordForm.js';
import type { ServerContext } from '../ServerContext.js';

/** One person's actual of one month (`2025-11`). */
export interface MonthlyActual {
  readonly person: string;
  readonly month: string;
  readonly value: number;
}

export type MonthlyActuals = { readonly ok: true; readonly rows: readonly MonthlyActual[] } | { readonly ok: false; readonly code: string; readonly message: LocalizedText };

/**
 * The actuals of `metric` from `start` to `end` (local dates) by person and month: the published
 * scoring item whose id is the metric gives the form, person and date fields, filter and measure
 * (a sum or a count, so months and people add up); ONE query grouped by person and month, in the
 * app's time zone. Not ok when the metric has no such source.
 */
export async function readMonthlyActuals(context: ServerContext, appId: string, metric: string, start: string, end: string): Promise<MonthlyActuals> {
  const { stores } = context;
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
    return { ok: false, code: 'no_actuals_source', message: { 'zh-CN': `没有已发布的考核指标项“${metric}”按表单汇总实际值，无法读取实际`, en: `No published scoring item "${metric}" sums a form's records, so its actuals cannot be read` } };
  }
  if (source.aggregate !== 'sum' && source.aggregate !== 'count') {
    return { ok: false, code: 'actuals_not_additive', message: { 'zh-CN': `指标“${metric}”的实际值不是合计或计数，不能按周期或人员相加`, en: `The actuals of "${metric}" are not a sum or a count, so they do not add up over periods or people` } };
  }
  const form = await loadRecordForm(stores, source.formId);
  if (!form) return { ok: false, code: 'no_actuals_source', message: { 'zh-CN': '指标的来源表单不存在或尚未发布', en: "The metric's source form does not exist or is not published" } };
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
  if (!checked.ok) return { ok: false, code: 'no_actuals_source', message: { 'zh-CN': '指标的来源无法汇总', en: "The metric's source cannot be summed" } };
  const result = await stores.records.aggregate({ formId: form.formId, columns: form.columns, scope: { kind: 'all' } }, checked.query, zone.offsetMinutes);
  const rows: MonthlyActual[] = [];
  for (const row of result.rows) {
    const [person, month] = row.keys;
    const value = row.values[0];
    if (typeof person === 'string' && typeof month === 'string' && typeof value === 'number') rows.push({ person, month, value });
  }
  return { ok: true, rows };
}
