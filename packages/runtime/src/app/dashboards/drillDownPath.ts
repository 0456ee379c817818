import { parsePeriod, periodRange, type DashboardSchema, type DrillDown, type DrillDownDimension } from '../../engine/index.js';
import type { FilterRow } from '../records/FilterRow.js';
import { toQuery } from '../records/RecordListController.js';
import { routePath } from '../routing/parseRoute.js';
import type { DashboardFilterValues } from './DashboardFilterValues.js';

/**
 * Where a drill-down lands: the widget's form's data list (`/forms/:id/data`) filtered, in the
 * list's own URL format (`?filter=` rows), to what was clicked and to the dashboard filters set
 * on that widget — the same narrowing the server applied to the widget's numbers. The list is
 * read through the records API, so it always shows the viewer's own row scope, even when the
 * dashboard counts everyone's records (`dataScope: 'all'`). A record table's row opens its record.
 * Undefined when the widget is not on the dashboard (a stale click after a republish).
 *
 * `subDepartments(id)`: a department and everything under it, as the server expands a
 * department filter.
 *
 * @example
 * drillDownPath(schema, { widgetId: 'revenue', dimensions: [{ field: 'closedOn', bucket: 'month', value: '2024-03' }] }, {}, (id) => [id])
 * // '/forms/frm_deals/data?filter=[{"field":"closedOn","op":"range","value":"2024-03-01","value2":"2024-03-31"}]' (URL-encoded)
 */
export function drillDownPath(
  schema: DashboardSchema,
  drill: DrillDown,
  values: DashboardFilterValues,
  subDepartments: (departmentId: string) => readonly string[],
): string | undefined {
  if (drill.recordId !== undefined) return routePath({ page: 'record', recordId: drill.recordId });
  const widget = schema.widgets.find((candidate) => candidate.id === drill.widgetId);
  if (widget === undefined) return undefined;
  const rows: FilterRow[] = drill.dimensions.map(dimensionRow);
  for (const filter of schema.filters ?? []) {
    const field = Object.hasOwn(filter.bindings, widget.id) ? filter.bindings[widget.id] : undefined;
    const value = Object.hasOwn(values, filter.id) ? values[filter.id] : undefined;
    if (field === undefined || value === undefined) continue;
    if (typeof value !== 'string') rows.push(row(field, 'range', value.from ?? '', value.to ?? ''));
    else if (filter.kind === 'department') {
      const ids = subDepartments(value);
      rows.push(ids.length > 1 ? row(field, 'in', ids.join(',')) : row(field, 'eq', value));
    } else rows.push(row(field, 'eq', value));
  }
  return `${routePath({ page: 'data', formId: widget.query.formId })}${toQuery({ filters: rows, search: '', sort: null, cursors: [undefined], deleted: false })}`;
}

/** A grouping value as a list filter row: a time bucket as the range of its days, no value as "is empty". */
function dimensionRow(dimension: DrillDownDimension): FilterRow {
  const { field, bucket, value } = dimension;
  if (value === null) return row(field, 'empty', '');
  const text = String(value);
  if (bucket !== undefined && bucket !== 'day') {
    const period = parsePeriod(text);
    if (period !== undefined) {
      const { start, end } = periodRange(period);
      return row(field, 'range', start, end);
    }
  }
  // A day (or a key that is not a period) names the whole local day on a date-time field.
  return bucket === 'day' ? row(field, 'range', text, text) : row(field, 'eq', text);
}

function row(field: string, op: FilterRow['op'], value: string, value2 = ''): FilterRow {
  return { field, op, value, value2 };
}
