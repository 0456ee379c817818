import type { Widget } from '@formwork/runtime';
import type { AggregateQuery } from '../../query/AggregateQuery.js';
import { checkAggregateQuery, type AggregateRequest } from '../../query/checkAggregateQuery.js';
import type { TimeZone } from '../../query/TimeZone.js';
import type { AggregateRow } from '../../storage/RecordStore.js';
import type { Stores } from '../../storage/Stores.js';
import { widgetFormUnavailable, widgetQueryInvalid } from './WidgetFault.js';
import type { WidgetAggregateBatch } from './WidgetAggregateBatch.js';
import type { WidgetSource } from './WidgetSource.js';

/** What computing one widget works with. */
export interface WidgetRun {
  readonly stores: Stores;
  /** Where its aggregates go: batched with the other widgets' (see createWidgetAggregateBatch). */
  readonly aggregates: WidgetAggregateBatch;
  readonly widget: Widget;
  readonly source: WidgetSource;
  /** The app's time zone at the moment of the call: time buckets and day filters use it. */
  readonly zone: TimeZone;
}

/** One aggregate's checked query and its rows. */
export interface WidgetAggregate {
  readonly query: AggregateQuery;
  readonly rows: readonly AggregateRow[];
  readonly truncated: boolean;
}

/**
 * One SQL aggregate for a widget, through exactly the path `POST /api/forms/:id/aggregate`
 * takes (`checkAggregateQuery`, then `RecordStore.aggregate` in the source's row scope), so a
 * dashboard number and the same aggregate asked of the API are the same number — run in one
 * statement with the other widgets' aggregates of the form where they can share a scan.
 */
export async function runWidgetAggregate(run: WidgetRun, request: AggregateRequest): Promise<WidgetAggregate> {
  const scope = run.source.aggregateScope;
  if (!scope) throw widgetFormUnavailable(run.widget);
  const { form } = run.source;
  const checked = checkAggregateQuery(request, run.source.fields.queryFields, run.zone);
  if (!checked.ok) throw widgetQueryInvalid(run.widget, checked.issues);
  const result = await run.aggregates.aggregate({ formId: form.formId, columns: form.columns, scope }, checked.query);
  return { query: checked.query, rows: result.rows, truncated: result.truncated };
}

/** The widget's measures as the aggregate takes them; none given: one count of records. */
export function widgetMeasures(widget: Widget): AggregateRequest['measures'] {
  const measures = widget.query.measures ?? [];
  if (measures.length === 0) return [{ op: 'count', id: 'count' }];
  return measures.map((measure) => ({ op: measure.op, id: measure.id, ...(measure.field === undefined ? {} : { field: measure.field }) }));
}

/** A cell as a chart number: non-numbers (a max of dates) and NaN have no place on an axis. */
export function numberOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
