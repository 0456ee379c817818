import Database from 'better-sqlite3';
import type { DashboardSchema, Widget } from '@formwork/runtime';
import { silentLogger } from '../src/Logger.js';
import { checkAggregateQuery, type AggregateRequest } from '../src/query/checkAggregateQuery.js';
import { timeZoneAt } from '../src/query/TimeZone.js';
import { loadRecordForm } from '../src/records/loadRecordForm.js';
import { startServer } from '../src/startServer.js';
import { createSqliteStores } from '../src/storage/sqlite/createSqliteStores.js';
import { databasePath } from '../src/storage/sqlite/openDatabase.js';
import { compileAggregateSql } from '../src/storage/sqlite/sql/compileAggregateSql.js';
import { TestClient } from '../src/testing/TestClient.js';
import { aggregateDataset, median } from './aggregateBench.js';

export interface DashboardBenchResult {
  readonly rows: number;
  /** Median ms of `POST /api/dashboards/:id/data` after a write to the form emptied the cache. */
  readonly coldMs: number;
  /** Median ms of the same call answered from the cache. */
  readonly cachedMs: number;
  /** Median ms of the six widgets' SQL statements run by hand, one after the other. */
  readonly sqlMs: number;
}

const layout = { x: 0, y: 0, w: 4, h: 3 };
const amount = [{ id: 'amount', op: 'sum' as const, field: 'f_amount' }];

/** A sales manager's morning dashboard: six widgets over one form, none sharing a query. */
const widgets: readonly Widget[] = [
  { id: 'w_total', type: 'kpi', title: 'Signed', layout, query: { formId: '', measures: amount } },
  { id: 'w_region', type: 'bar', title: 'By region', layout, query: { formId: '', groupBy: [{ field: 'f_region' }], measures: amount } },
  { id: 'w_month', type: 'line', title: 'By month', layout, query: { formId: '', groupBy: [{ field: 'f_signed', bucket: 'month' }], measures: amount } },
  { id: 'w_share', type: 'pie', title: 'Orders by region', layout, query: { formId: '', groupBy: [{ field: 'f_region' }], measures: [{ id: 'orders', op: 'count' }] } },
  { id: 'w_top', type: 'leaderboard', title: 'Top reps', layout, query: { formId: '', groupBy: [{ field: '_owner' }], measures: amount, limit: 10 } },
  { id: 'w_goal', type: 'gauge', title: 'Against target', layout, target: 50_000_000, query: { formId: '', measures: [{ id: 'qty', op: 'sum', field: 'f_qty' }] } },
];

/** The aggregate each widget makes the server run (as computeWidgetData builds it, no dashboard filters set). */
function widgetRequest(widget: Widget): AggregateRequest {
  const measures = (widget.query.measures ?? []).map(({ id, op, field }) => ({ id, op, ...(field === undefined ? {} : { field }) }));
  const groupBy = widget.query.groupBy ?? [];
  if (widget.type === 'leaderboard') return { measures, groupBy: groupBy.slice(0, 1), sort: { by: measures[0]?.id ?? 'count', direction: 'desc' }, limit: widget.query.limit ?? 10 };
  return groupBy.length > 0 ? { measures, groupBy } : { measures };
}

/**
 * A six-widget dashboard over `rows` records (`aggregateDataset`, SQLite): `POST /api/dashboards/:id/data`
 * cold (a record submitted before each call moves the form's write stamp, so the cache misses and
 * every widget is computed) and cached, against the six SQL statements the widgets compile to, run
 * by hand on a connection of their own. Turns alternate so load from elsewhere weighs on both.
 */
export async function runDashboardBench(rows: number, runs = 7): Promise<DashboardBenchResult> {
  const { dataDir, formId, settings } = await aggregateDataset(rows);
  const server = await startServer(settings, { logger: silentLogger });
  const client = new TestClient(server.url.replace('localhost', '127.0.0.1'));
  try {
    const login = await client.post('/api/auth/login', { username: 'admin', password: settings.admin.password });
    if (login.status !== 200) throw new Error(`login failed: ${String(login.status)}`);
    const schema: DashboardSchema = { kind: 'dashboard', schemaVersion: 1, title: 'Bench', widgets: widgets.map((widget) => ({ ...widget, query: { ...widget.query, formId } }) as Widget) };
    const created = await client.post<{ id: string }>('/api/apps/app_bench/dashboards', { schema });
    if (created.status !== 201) throw new Error(`dashboard creation failed: ${String(created.status)} ${JSON.stringify(created.body)}`);
    const dashboardId = created.body.id;
    const published = await client.post(`/api/dashboards/${dashboardId}/publish`, {});
    if (published.status !== 200) throw new Error(`publish failed: ${String(published.status)} ${JSON.stringify(published.body)}`);

    const data = async (): Promise<number> => {
      const started = performance.now();
      const response = await client.post<{ widgets: { error?: unknown }[] }>(`/api/dashboards/${dashboardId}/data`, { filters: {} });
      const elapsed = performance.now() - started;
      if (response.status !== 200 || response.body.widgets.some((widget) => widget.error !== undefined)) throw new Error(`data failed: ${String(response.status)} ${JSON.stringify(response.body)}`);
      return elapsed;
    };
    let written = 0;
    const write = async (): Promise<void> => {
      const body = { data: { f_customer: `Bench write ${String(written++)}`, f_region: 'o1', f_amount: 1, f_signed: '2024-06-01', f_qty: 1 } };
      // A keep-alive connection idle while the statements ran by hand may be closed under the request: send it again.
      const response = await client.post(`/api/forms/${formId}/records`, body).catch(() => client.post(`/api/forms/${formId}/records`, body));
      if (response.status !== 201) throw new Error(`write failed: ${String(response.status)}`);
    };

    // By hand: the same statements, compiled the same way, on their own read-only connection.
    const hand = new Database(databasePath(dataDir), { readonly: true });
    const form = await loadRecordForm(createSqliteStores(hand), formId);
    if (!form) throw new Error('bench form missing');
    const zone = timeZoneAt(settings.records.timeZone, Date.now());
    const table = `form_values_${String(hand.prepare('SELECT table_no FROM value_tables WHERE form_id = ?').pluck().get(formId))}`;
    const statements = widgets.map((widget) => {
      const checked = checkAggregateQuery(widgetRequest(widget), form.queryFields, zone);
      if (!checked.ok) throw new Error(`bench widget ${widget.id} invalid: ${JSON.stringify(checked.issues)}`);
      const { sql, params } = compileAggregateSql(checked.query, table, { kind: 'all' }, zone.offsetMinutes);
      return { statement: hand.prepare(sql).raw(), params };
    });
    const byHand = (): number => {
      const started = performance.now();
      for (const { statement, params } of statements) statement.all(...params);
      return performance.now() - started;
    };

    // Warm-up: the first call builds the covering indexes the widgets want (once per form and shape).
    await data();
    byHand();
    const cold: number[] = [];
    const cached: number[] = [];
    const sql: number[] = [];
    for (let run = 0; run < runs; run++) {
      sql.push(byHand());
      await write();
      cold.push(await data());
      cached.push(await data());
    }
    hand.close();
    return { rows, coldMs: median(cold), cachedMs: median(cached), sqlMs: median(sql) };
  } finally {
    await server.close();
  }
}
