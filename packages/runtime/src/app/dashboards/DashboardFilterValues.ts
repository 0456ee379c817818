import type { DashboardFilter } from '../../engine/index.js';

/** A period as the viewer set it: local days `YYYY-MM-DD`, either end open. */
export interface DateRangeValue {
  readonly from?: string;
  readonly to?: string;
}

/**
 * What the viewer set in a dashboard's filters, keyed by filter id — the body of
 * `POST /api/dashboards/:id/data` as it is: a period for a `dateRange`, one id for `member` and
 * `department`, one value for `field`. Unset filters are absent.
 */
export type DashboardFilterValues = Readonly<Record<string, DateRangeValue | string>>;

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The filter values a URL query names (`?filters={"flt_period":{"from":"2024-01-01"}}`), kept
 * only for the dashboard's own filters and in the shape each takes: a hand-edited or stale link
 * (a filter since removed) loads the dashboard rather than a 400.
 *
 * @example
 * readFilterQuery('?filters=%7B%22dept%22%3A%22d1%22%7D', [{ id: 'dept', kind: 'department', … }]) // { dept: 'd1' }
 */
export function readFilterQuery(query: string, filters: readonly DashboardFilter[]): DashboardFilterValues {
  const raw = readJson(new URLSearchParams(query).get('filters'));
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const values: Record<string, DateRangeValue | string> = {};
  for (const filter of filters) {
    const value: unknown = Object.hasOwn(raw, filter.id) ? (raw as Record<string, unknown>)[filter.id] : undefined;
    const checked = filter.kind === 'dateRange' ? readRange(value) : typeof value === 'string' && value !== '' ? value : undefined;
    if (checked !== undefined) values[filter.id] = checked;
  }
  return values;
}

/** The URL query of filter values (`''` when none is set), as `readFilterQuery` reads it back. */
export function toFilterQuery(values: DashboardFilterValues): string {
  const set = Object.entries(values).filter(([, value]) => (typeof value === 'string' ? value !== '' : value.from !== undefined || value.to !== undefined));
  if (set.length === 0) return '';
  return `?${new URLSearchParams({ filters: JSON.stringify(Object.fromEntries(set)) }).toString()}`;
}

/** `values` with one filter set to `value`, or left out when `value` is empty. */
export function withFilterValue(values: DashboardFilterValues, id: string, value: DateRangeValue | string): DashboardFilterValues {
  const next: Record<string, DateRangeValue | string> = { ...values };
  const empty = typeof value === 'string' ? value === '' : value.from === undefined && value.to === undefined;
  if (empty) delete next[id];
  else next[id] = value;
  return next;
}

function readRange(value: unknown): DateRangeValue | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { from, to } = value as Record<string, unknown>;
  const range = {
    ...(typeof from === 'string' && dayPattern.test(from) ? { from } : {}),
    ...(typeof to === 'string' && dayPattern.test(to) ? { to } : {}),
  };
  // A period whose start is after its end is refused by the server; drop the end instead.
  if (range.from !== undefined && range.to !== undefined && range.from > range.to) return { from: range.from };
  return range.from === undefined && range.to === undefined ? undefined : range;
}

function readJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
