import type { MeasureOp, TimeBucket } from '@formwork/runtime';
import { ApiRouter } from '../http/ApiRouter.js';
import { invalidBody } from '../http/httpErrors.js';
import { v } from '../http/validation/v.js';
import { maxAggregateRows } from '../query/AggregateQuery.js';
import { checkAggregateQuery } from '../query/checkAggregateQuery.js';
import { timeZoneAt } from '../query/TimeZone.js';
import { openRecordForm } from '../records/openRecordForm.js';
import type { ServerContext } from '../ServerContext.js';

const buckets: readonly TimeBucket[] = ['day', 'week', 'month', 'quarter', 'year'];
const ops: readonly MeasureOp[] = ['count', 'sum', 'avg', 'min', 'max', 'distinct'];
const name = (description: string) => v.string({ maxLength: 80, description });

const aggregateBody = v.object({
  groupBy: v.optional(v.array(v.object({ field: name('A field id or system field'), bucket: v.optional(v.oneOf(buckets)) }), { maxItems: 3 })),
  measures: v.array(v.object({ op: v.oneOf(ops), field: v.optional(name('Required except for count')), id: v.optional(name('Name in values; default count or <op>_<field>')) }), {
    minItems: 1,
    maxItems: 10,
  }),
  filter: v.optional(v.json('A filter tree, as in GET /api/forms/{id}/records')),
  sort: v.optional(v.object({ by: name('A measure id or a group key'), direction: v.oneOf(['asc', 'desc'] as const) })),
  limit: v.optional(v.integer({ min: 1, max: maxAggregateRows })),
});

/**
 * `POST /api/forms/:id/aggregate`: group a form's records by fields and time buckets and measure
 * each group — computed by one SQL statement over the form's value table, inside the caller's
 * row scope, like every other read.
 */
export function aggregateRoutes(context: ServerContext): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'post',
      path: '/api/forms/:id/aggregate',
      summary: "Aggregate a form's records",
      description:
        'groupBy: up to 3 of {field, bucket?} (buckets day/week/month/quarter/year on date and time fields, in the app time zone; weeks are ISO, keyed 2025-W02). measures: {op: count|sum|avg|min|max|distinct, field?, id?}. Each row is {keys: {<field or field:bucket>: value}, values: {<measure id>: number}}.',
      tags: ['records'],
      access: 'signedIn',
      body: aggregateBody,
      responses: {
        200: {
          description: 'The groups, sorted by their keys unless told otherwise',
          schema: { type: 'object', properties: { rows: { type: 'array', items: { type: 'object', properties: { keys: { type: 'object' }, values: { type: 'object' } } } }, truncated: { type: 'boolean' } } },
        },
        400: { description: 'invalid_body: unknown field, bucket on a non-date field, sum of text…' },
        404: { description: 'No such form, or not yours to see' },
      },
    },
    async ({ body, user, param }) => {
      const opened = await openRecordForm(context.stores, user, param('id'), 'read');
      const zone = timeZoneAt(context.settings.records.timeZone, context.now());
      const checked = checkAggregateQuery(body, opened.fields.queryFields, zone); // a hidden field is unknown here
      if (!checked.ok) throw invalidBody(checked.issues);
      const { query } = checked;
      const result = await context.stores.records.aggregate({ formId: opened.form.formId, columns: opened.form.columns, scope: opened.scope }, query, zone.offsetMinutes);
      return {
        rows: result.rows.map((row) => ({
          keys: Object.fromEntries(query.groups.map((group, index) => [group.key, row.keys[index] ?? null])),
          values: Object.fromEntries(query.measures.map((measure, index) => [measure.id, row.values[index] ?? null])),
        })),
        truncated: result.truncated,
      };
    },
  );
  return api;
}
