import type { DashboardSchema, LocalizedText, WidgetData, WidgetType } from '@formwork/runtime';
import type { OrgDirectory } from '../../cells/OrgDirectory.js';
import { createOrgDirectory } from '../../cells/OrgDirectory.js';
import type { ValidationIssue } from '../../http/validation/ValueSchema.js';
import { fieldAccessOf } from '../../permissions/fieldAccessOf.js';
import { canReadForm } from '../../permissions/formAccess.js';
import { resolveRowFilter, type RowFilter } from '../../permissions/resolveRowFilter.js';
import type { Viewer } from '../../permissions/Viewer.js';
import { timeZoneAt } from '../../query/TimeZone.js';
import { loadRecordForm } from '../../records/loadRecordForm.js';
import type { ServerContext } from '../../ServerContext.js';
import { computeWidgetData } from './computeWidgetData.js';
import { DashboardDataCache } from './DashboardDataCache.js';
import { readDashboardFilters } from './DashboardFilterValues.js';
import { oneAtATime } from './oneAtATime.js';
import { createWidgetAggregateBatch } from './WidgetAggregateBatch.js';
import { WidgetFault, widgetFormUnavailable } from './WidgetFault.js';
import type { WidgetSource } from './WidgetSource.js';

/** A stored dashboard as it is computed: which one, which version (the cache keys on both), its document. */
export interface DashboardRef {
  readonly id: string;
  /** The published version, or `draft:<revision>` for an admin's preview of the draft. */
  readonly version: number | string;
  readonly schema: DashboardSchema;
}

/** One widget's answer: its data, or why it has none (the message names the widget, in both languages). */
export type WidgetResult =
  | { readonly id: string; readonly type: WidgetType; readonly data: WidgetData }
  | { readonly id: string; readonly type: WidgetType; readonly error: { readonly code: string; readonly message: LocalizedText; readonly details: readonly ValidationIssue[] } };

/** Every widget's data, in the dashboard's widget order. */
export interface DashboardData {
  readonly widgets: readonly WidgetResult[];
  /** When these numbers were computed (ISO 8601); a cached answer keeps the time it was computed. */
  readonly computedAt: string;
  /** Answered from the cache, without SQL beyond the access checks and one read of write stamps. */
  readonly cached: boolean;
}

type CachedData = Omit<DashboardData, 'cached'>;

const caches = new WeakMap<ServerContext, DashboardDataCache<CachedData>>();

/** The dashboard data cache of one server (one per context, so test servers in one process never share). */
export function dashboardDataCacheOf(context: ServerContext): DashboardDataCache<CachedData> {
  let cache = caches.get(context);
  if (!cache) {
    cache = new DashboardDataCache<CachedData>();
    caches.set(context, cache);
  }
  return cache;
}

/**
 * Every widget's data of a dashboard for one viewer, in one call: each number one SQL aggregate
 * through the records' aggregate path (never a loop over records), in the viewer's row scope —
 * or over all the data of the forms when the dashboard's `dataScope` is `all`, record tables
 * still in the viewer's own scope — with the dashboard filters the viewer set applied to the
 * widgets bound to them, and time buckets in the app's time zone.
 *
 * Cached per (dashboard id + version, normalised filters, the viewer's scope on each form, each
 * form's published version and write stamp). The write stamps are read from storage on every
 * call (one indexed query), before anything is computed, so a write by this process or by
 * another one on the same database changes the key at once; a stamp read before a concurrent
 * write can only pair an older key with newer data, never the reverse. Access is checked on every
 * call, cached or not. Unknown filters or values of the wrong shape are a 400; a widget that
 * cannot be computed gets an error of its own while the others answer.
 *
 * @example
 * const data = await computeDashboardData(context, viewer, { id, version, schema }, { flt_period: { from: '2025-03-01', to: '2025-03-31' } });
 */
export async function computeDashboardData(context: ServerContext, viewer: Viewer, dashboard: DashboardRef, filters: unknown): Promise<DashboardData> {
  const { schema } = dashboard;
  const active = await readDashboardFilters(schema, filters, context.stores);
  const sources = await openSources(context, viewer, schema);
  const readable = [...sources.entries()].filter((entry): entry is [string, WidgetSource] => entry[1] !== null);
  const stamps = await context.stores.records.writeStamps(readable.map(([formId]) => formId));
  const now = context.now();
  const zone = timeZoneAt(context.settings.records.timeZone, now);
  const listsRecords = new Set(schema.widgets.filter((widget) => widget.type === 'table' && (widget.query.measures ?? []).length === 0).map((widget) => widget.query.formId));
  const key = JSON.stringify([
    dashboard.id,
    dashboard.version,
    zone.offsetMinutes,
    active,
    [...sources.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([formId, source]) =>
        source === null
          ? [formId]
          : [formId, source.form.version.version, stamps.get(formId) ?? 0, scopeKey(source.aggregateScope), listsRecords.has(formId) ? scopeKey(source.viewerScope) : '-', [...source.fields.hidden].sort()],
      ),
  ]);
  const cache = dashboardDataCacheOf(context);
  const hit = cache.get(key, now);
  if (hit) return { ...hit, cached: true };

  // The widgets side by side, so that their aggregates of one form share scans (#14: six widgets
  // over 1M records were six scans). Each batch's scans reach the store together
  // (`aggregateMany`), which runs them side by side where it can — SQLite on its reader threads,
  // PostgreSQL on two of the pool's connections; everything else (the org directory, the next
  // batch) waits its turn, so a dashboard never takes more than that from other requests.
  const exclusive = oneAtATime();
  const aggregates = createWidgetAggregateBatch(context.stores.records, zone.offsetMinutes, exclusive);
  let directory: Promise<OrgDirectory> | undefined;
  const inputs = { schema, filters: active, exclusive, directory: () => (directory ??= exclusive(() => createOrgDirectory(context.stores))) };
  const widgets: WidgetResult[] = await Promise.all(
    schema.widgets.map(async (widget): Promise<WidgetResult> => {
      const base = { id: widget.id, type: widget.type };
      try {
        const source = sources.get(widget.query.formId);
        if (!source) throw widgetFormUnavailable(widget);
        return { ...base, data: await computeWidgetData({ stores: context.stores, aggregates, widget, source, zone }, inputs) };
      } catch (error) {
        if (!(error instanceof WidgetFault)) throw error;
        return { ...base, error: { code: error.code, message: error.text, details: error.issues } };
      }
    }),
  );
  const computed: CachedData = { widgets, computedAt: new Date(now).toISOString() };
  cache.set(key, computed, now);
  return { ...computed, cached: false };
}

/**
 * Each form the widgets read, opened for the viewer; null where it is missing, unpublished,
 * archived (to all but admins) or — on a dashboard of the viewer's data — not theirs to read.
 */
async function openSources(context: ServerContext, viewer: Viewer, schema: DashboardSchema): Promise<Map<string, WidgetSource | null>> {
  const sources = new Map<string, WidgetSource | null>();
  for (const formId of new Set(schema.widgets.map((widget) => widget.query.formId))) {
    const form = await loadRecordForm(context.stores, formId);
    if (!form || (form.archived && viewer.user.role !== 'admin')) {
      sources.set(formId, null);
      continue;
    }
    const formSchema = form.version.schema;
    const viewerScope = canReadForm(viewer, formSchema) ? await resolveRowFilter(context.stores, viewer, formSchema) : null;
    const aggregateScope: RowFilter | null = schema.dataScope === 'all' ? { kind: 'all' } : viewerScope;
    sources.set(formId, aggregateScope === null && viewerScope === null ? null : { form, aggregateScope, viewerScope, fields: fieldAccessOf(viewer, form) });
  }
  return sources;
}

function scopeKey(scope: RowFilter | null): string {
  if (scope === null) return 'none';
  if (scope.kind === 'all') return 'all';
  if (scope.kind === 'own') return `own:${scope.userId}`;
  return `department:${scope.userId}:${[...scope.departmentIds].sort().join(',')}`;
}
