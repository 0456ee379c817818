import type { DashboardSchema, LocalizedText } from '@formwork/runtime';
import { invalidBody } from '../../http/httpErrors.js';
import type { ValidationIssue } from '../../http/validation/ValueSchema.js';
import type { Stores } from '../../storage/Stores.js';

/** A scalar a `member`, `department` or `field` filter narrows to (user ids, department ids, field values). */
export type FilterScalar = string | number | boolean;

/**
 * What a viewer set in a dashboard's filters, keyed by filter id, as `POST /api/dashboards/:id/data`
 * takes it: a `dateRange` as `{ from?, to? }` local days (`YYYY-MM-DD`, both ends included), a
 * `member` as user id(s), a `department` as department id(s) (their sub-departments included), a
 * `field` filter as value(s). Absent, null, or an empty list: the filter is not applied.
 */
export type DashboardFilterValues = Readonly<Record<string, unknown>>;

/** A filter a viewer set, checked and in one canonical form (the cache keys on it). */
export type ActiveFilter =
  | { readonly id: string; readonly kind: 'dateRange'; readonly from: string | null; readonly to: string | null }
  | { readonly id: string; readonly kind: 'values'; readonly values: readonly FilterScalar[] };

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const maxValues = 100;

/**
 * Checks the filter values against the dashboard's filters and brings them to one form: unknown
 * filter ids and values of the wrong shape are a 400 (pointers under `/filters`), lists are
 * deduplicated and sorted, a department becomes its whole subtree (so that the cache key changes
 * when the tree does). Returned sorted by filter id; filters left unset are not in it.
 *
 * @example
 * await readDashboardFilters(schema, { flt_period: { from: '2025-01-01', to: '2025-01-31' } }, stores)
 * // [{ id: 'flt_period', kind: 'dateRange', from: '2025-01-01', to: '2025-01-31' }]
 */
export async function readDashboardFilters(schema: DashboardSchema, input: unknown, stores: Pick<Stores, 'departments'>): Promise<ActiveFilter[]> {
  const issues: ValidationIssue[] = [];
  const issue = (id: string, code: string, message: LocalizedText): void => {
    issues.push({ pointer: `/filters/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`, code, message });
  };
  if (input !== undefined && input !== null && (typeof input !== 'object' || Array.isArray(input))) {
    throw invalidBody([{ pointer: '/filters', code: 'type.object', message: { 'zh-CN': '必须是以筛选器 ID 为键的对象', en: 'must be an object keyed by filter id' } }]);
  }
  const filters = new Map((schema.filters ?? []).map((filter) => [filter.id, filter]));
  const active: ActiveFilter[] = [];
  for (const [id, value] of Object.entries((input ?? {}) as DashboardFilterValues)) {
    const filter = filters.get(id);
    if (!filter) {
      issue(id, 'unknown_filter', { 'zh-CN': `仪表盘没有筛选器“${id.slice(0, 64)}”`, en: `the dashboard has no filter "${id.slice(0, 64)}"` });
      continue;
    }
    if (value === null || value === undefined) continue;
    if (filter.kind === 'dateRange') {
      const range = readDateRange(value);
      if (typeof range === 'string') issue(id, 'date_range', dateRangeMessages[range]);
      else if (range) active.push({ id, kind: 'dateRange', ...range });
      continue;
    }
    const values = readScalars(value);
    if (values === undefined || (filter.kind !== 'field' && values.some((item) => typeof item !== 'string'))) {
      issue(id, 'type', {
        'zh-CN': `必须是${filter.kind === 'field' ? '值' : ' ID'}或其数组（最多 ${maxValues} 项）`,
        en: `must be ${filter.kind === 'field' ? 'a value' : 'an id'} or an array of them (at most ${maxValues})`,
      });
      continue;
    }
    if (values.length === 0) continue;
    const expanded = filter.kind === 'department' ? await withSubDepartments(values as string[], stores) : values;
    active.push({ id, kind: 'values', values: canonical(expanded) });
  }
  if (issues.length > 0) throw invalidBody(issues);
  return active.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

type DateRangeFault = 'shape' | 'day' | 'order';

const dateRangeMessages: Readonly<Record<DateRangeFault, LocalizedText>> = {
  shape: { 'zh-CN': '必须是 { from, to }，两端可省略', en: 'must be { from, to }; either end may be left out' },
  day: { 'zh-CN': '日期必须写成 YYYY-MM-DD', en: 'dates must be written YYYY-MM-DD' },
  order: { 'zh-CN': '开始日期不能晚于结束日期', en: 'the start may not be after the end' },
};

function readDateRange(value: unknown): { from: string | null; to: string | null } | DateRangeFault | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'shape';
  const record = value as Record<string, unknown>;
  if (Object.keys(record).some((key) => key !== 'from' && key !== 'to')) return 'shape';
  const end = (raw: unknown): string | null | DateRangeFault => {
    if (raw === undefined || raw === null || raw === '') return null;
    return typeof raw === 'string' && isDay(raw) ? raw : 'day';
  };
  const from = end(record['from']);
  const to = end(record['to']);
  if (from === 'day' || to === 'day') return 'day';
  if (from === null && to === null) return null;
  if (from !== null && to !== null && from > to) return 'order';
  return { from: from as string | null, to: to as string | null };
}

function isDay(text: string): boolean {
  if (!dayPattern.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(text);
}

function readScalars(value: unknown): FilterScalar[] | undefined {
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  if (items.length > maxValues) return undefined;
  const scalar = (item: unknown): item is FilterScalar =>
    (typeof item === 'string' && item.length > 0 && item.length <= 200) || (typeof item === 'number' && Number.isFinite(item)) || typeof item === 'boolean';
  return items.every(scalar) ? items : undefined;
}

async function withSubDepartments(ids: readonly string[], stores: Pick<Stores, 'departments'>): Promise<string[]> {
  const all = new Set<string>();
  for (const id of ids) {
    all.add(id);
    for (const child of await stores.departments.subtreeIds(id)) all.add(child);
  }
  return [...all];
}

function canonical(values: readonly FilterScalar[]): FilterScalar[] {
  const seen = new Map(values.map((value) => [`${typeof value}:${String(value)}`, value]));
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, value]) => value);
}
