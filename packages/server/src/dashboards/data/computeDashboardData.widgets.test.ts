import { periodChange, type DashboardSchema, type FormSchema, type WidgetData } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerOf } from '../../permissions/Viewer.js';
import { publishNewForm } from '../../records/testing/publishForm.js';
import type { TestClient } from '../../testing/TestClient.js';
import { startTestServer, type TestServer } from '../../testing/startTestServer.js';
import { computeDashboardData, type DashboardData, type DashboardRef } from './computeDashboardData.js';

// Every widget type's numbers against SQL written by hand over `records.data` (not the value
// tables the server reads), as a rep, a manager and an admin.

let server: TestServer;
let formId: string;
const people: Record<'rep1' | 'rep2' | 'rep3' | 'manager', { id: string; client: TestClient }> = {} as never;
let departments: { sales: string; east: string; west: string };

const dealForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Deals',
  fields: [
    { id: 'f_stage', type: 'select', label: 'Stage', options: [{ value: 'lead', label: 'Lead' }, { value: 'qualified', label: 'Qualified' }, { value: 'won', label: 'Won' }] },
    { id: 'f_region', type: 'select', label: 'Region', options: [{ value: 'east', label: 'East' }, { value: 'west', label: 'West' }] },
    { id: 'f_amount', type: 'money', label: 'Amount' },
    { id: 'f_day', type: 'date', label: 'Day' },
  ],
};

const seed: readonly (readonly ['rep1' | 'rep2' | 'rep3' | 'manager', string, string, number, string])[] = [
  ['rep1', 'lead', 'east', 100, '2025-01-15'],
  ['rep1', 'qualified', 'east', 250, '2025-02-03'],
  ['rep1', 'won', 'east', 400, '2025-03-02'],
  ['rep1', 'won', 'west', 120, '2025-03-20'],
  ['rep2', 'lead', 'east', 80, '2025-02-10'],
  ['rep2', 'won', 'east', 300, '2025-02-27'],
  ['rep2', 'qualified', 'west', 60, '2025-03-05'],
  ['rep2', 'lead', 'east', 40, '2025-03-31'],
  ['rep3', 'won', 'west', 900, '2025-02-14'],
  ['rep3', 'lead', 'west', 30, '2025-03-11'],
  ['rep3', 'qualified', 'east', 70, '2025-03-12'],
  ['manager', 'won', 'east', 500, '2025-03-15'],
  ['manager', 'lead', 'west', 20, '2025-02-20'],
];

const layout = { x: 0, y: 0, w: 6, h: 3 };
const schema = (formIdOfWidgets: string, dataScope?: 'all'): DashboardSchema => ({
  kind: 'dashboard',
  schemaVersion: 1,
  title: 'Sales',
  ...(dataScope ? { dataScope } : {}),
  widgets: [
    { id: 'w_kpi', type: 'kpi', title: 'Revenue', compareTo: 'previousPeriod', layout, query: { formId: formIdOfWidgets, measures: [{ id: 'revenue', op: 'sum', field: 'f_amount' }] } },
    { id: 'w_bar', type: 'bar', title: 'Deals by region', stacked: true, layout, query: { formId: formIdOfWidgets, groupBy: [{ field: 'f_region' }, { field: 'f_stage' }] } },
    { id: 'w_line', type: 'line', title: 'Revenue by month', layout, query: { formId: formIdOfWidgets, groupBy: [{ field: 'f_day', bucket: 'month' }], measures: [{ id: 'revenue', op: 'sum', field: 'f_amount' }] } },
    { id: 'w_pie', type: 'pie', title: 'Stages', layout, query: { formId: formIdOfWidgets, groupBy: [{ field: 'f_stage' }] } },
    { id: 'w_funnel', type: 'funnel', title: 'Funnel', stages: ['lead', 'qualified', 'won'], layout, query: { formId: formIdOfWidgets, groupBy: [{ field: 'f_stage' }] } },
    { id: 'w_gauge', type: 'gauge', title: 'Won', target: 1000, layout, query: { formId: formIdOfWidgets, measures: [{ id: 'won', op: 'sum', field: 'f_amount' }] } },
    { id: 'w_board', type: 'leaderboard', title: 'Top reps', layout, query: { formId: formIdOfWidgets, groupBy: [{ field: '_owner' }], measures: [{ id: 'revenue', op: 'sum', field: 'f_amount' }] } },
    { id: 'w_pivot', type: 'pivot', title: 'Owner × stage', columnLevels: 1, layout, query: { formId: formIdOfWidgets, groupBy: [{ field: '_owner' }, { field: 'f_stage' }], measures: [{ id: 'deals', op: 'count' }, { id: 'revenue', op: 'sum', field: 'f_amount' }] } },
    { id: 'w_created', type: 'line', title: 'Deals entered by month', layout, query: { formId: formIdOfWidgets, groupBy: [{ field: '_createdAt', bucket: 'month' }] } },
    { id: 'w_table', type: 'table', title: 'Latest deals', columns: ['f_stage', 'f_amount', '_owner'], pageSize: 3, layout, query: { formId: formIdOfWidgets } },
  ],
  filters: [
    { id: 'flt_period', label: 'Period', kind: 'dateRange', bindings: { w_kpi: 'f_day', w_board: 'f_day' } },
    { id: 'flt_department', label: 'Department', kind: 'department', bindings: { w_bar: '_ownerDepartment' } },
    { id: 'flt_stage', label: 'Stage', kind: 'field', bindings: { w_gauge: 'f_stage' } },
  ],
});

const march = { flt_period: { from: '2025-03-01', to: '2025-03-31' }, flt_stage: 'won' };

beforeAll(async () => {
  server = await startTestServer();
  // The records are entered from 23:57 on January 31st in Shanghai (the app's zone) on, a minute
  // apart: the first three in January there, the rest (from rep1's fourth) in February — all
  // still January in UTC.
  server.clock.advance(Date.UTC(2025, 0, 31, 15, 57) - server.clock.now());
  const admin = await server.loginAsAdmin();
  const department = async (body: Record<string, unknown>): Promise<string> => (await admin.post<{ id: string }>('/api/departments', body)).body.id;
  const sales = await department({ name: '销售部' });
  departments = { sales, east: await department({ name: '华东', parentId: sales }), west: await department({ name: '华西' }) };
  const manager = await server.createUser({ username: 'dash-manager', role: 'manager', departmentId: sales });
  await admin.put(`/api/departments/${sales}`, { name: '销售部', managerId: manager.user.id });
  people.manager = { id: manager.user.id, client: manager.client };
  for (const [name, departmentId] of [['rep1', departments.east], ['rep2', departments.east], ['rep3', departments.west]] as const) {
    const created = await server.createUser({ username: `dash-${name}`, departmentId });
    people[name] = { id: created.user.id, client: created.client };
  }
  formId = await publishNewForm(admin, dealForm);
  for (const [who, f_stage, f_region, f_amount, f_day] of seed) {
    const response = await people[who].client.post(`/api/forms/${formId}/records`, { data: { f_stage, f_region, f_amount, f_day } });
    expect(response.status).toBe(201);
    server.clock.advance(60_000);
  }
});
afterAll(() => server.close());

async function dashboardAs(userId: string, filters: Record<string, unknown>, dashboard: DashboardRef): Promise<DashboardData> {
  const user = await server.context.stores.users.findById(userId);
  if (!user) throw new Error('no such user');
  return computeDashboardData(server.context, await viewerOf(server.context.stores, user), dashboard, filters);
}

function dataOf<T extends WidgetData['type']>(data: DashboardData, id: string, type: T): Extract<WidgetData, { type: T }> {
  const widget = data.widgets.find((candidate) => candidate.id === id);
  if (!widget || !('data' in widget)) throw new Error(`widget ${id}: ${JSON.stringify(widget)}`);
  expect(widget.data.type).toBe(type);
  return widget.data as Extract<WidgetData, { type: T }>;
}

/** Hand-written SQL over `records.data`, in either dialect, within a row scope. */
function handSql(scope: { sql: string; params: unknown[] }) {
  const onPostgres = server.databaseUrl !== null;
  const text = (field: string): string => (onPostgres ? `(data::jsonb->>'${field}')` : `json_extract(data, '$.${field}')`);
  const amount = onPostgres ? `(data::jsonb->>'f_amount')::numeric` : `json_extract(data, '$.f_amount')`;
  const where = `form_id = ? AND deleted_at IS NULL AND ${scope.sql}`;
  const rows = async <Row extends Record<string, unknown>>(select: string, extra = '', ...params: unknown[]): Promise<Row[]> =>
    server.sql<Row>(`SELECT ${select} FROM records WHERE ${where} ${extra}`, formId, ...scope.params, ...params);
  return { text, amount, rows };
}

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

function rankOf(values: readonly { id: string; value: number }[]): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const entry of values) ranks.set(entry.id, 1 + values.filter((other) => other.value > entry.value).length);
  return ranks;
}

const roles = [
  { name: 'a rep (own rows)', who: () => people.rep1.id, scope: () => ({ sql: 'owner_id = ?', params: [people.rep1.id] }) },
  {
    name: 'a manager (their department and its teams)',
    who: () => people.manager.id,
    scope: () => ({ sql: '(owner_id = ? OR owner_department_id IN (?, ?))', params: [people.manager.id, departments.sales, departments.east] }),
  },
  { name: 'an admin (all rows)', who: async () => (await server.context.stores.users.findCredentials('admin'))?.user.id ?? '', scope: () => ({ sql: '1 = 1', params: [] }) },
];

describe.each(roles)('computeDashboardData as $name', ({ who, scope }) => {
  let data: DashboardData;
  let sql: ReturnType<typeof handSql>;
  beforeAll(async () => {
    data = await dashboardAs(await who(), { ...march, flt_department: departments.sales }, { id: 'dsh_widgets', version: 1, schema: schema(formId) });
    sql = handSql(scope());
  });

  it('every widget answers', () => {
    expect(data.widgets.map((widget) => [widget.id, 'error' in widget ? widget.error : 'ok'])).toEqual(schema(formId).widgets.map((widget) => [widget.id, 'ok']));
  });

  it('kpi: the period total and its change against the month before', async () => {
    const total = async (from: string, to: string) => num((await sql.rows<{ v: unknown }>(`sum(${sql.amount}) AS v`, `AND ${sql.text('f_day')} BETWEEN ? AND ?`, from, to))[0]?.v);
    const value = await total('2025-03-01', '2025-03-31');
    const previous = await total('2025-02-01', '2025-02-28');
    expect(dataOf(data, 'w_kpi', 'kpi')).toEqual({ type: 'kpi', value, previous, change: periodChange(value, previous) });
  });

  it('bar, stacked: deals per region and stage, in the chosen department and its teams', async () => {
    const rows = await sql.rows<{ region: string; stage: string; n: unknown }>(
      `${sql.text('f_region')} AS region, ${sql.text('f_stage')} AS stage, count(*) AS n`,
      `AND owner_department_id IN (?, ?) GROUP BY 1, 2`,
      departments.sales,
      departments.east,
    );
    const bar = dataOf(data, 'w_bar', 'bar');
    const cells = bar.series.flatMap((series) => series.values.map((value, index) => (value === null ? null : [bar.categories[index]?.value, series.member?.value, value])).filter((cell) => cell !== null));
    expect(cells.sort()).toEqual(rows.map((row) => [row.region, row.stage, Number(row.n)]).sort());
    expect(bar.categories.map((category) => category.label)).toEqual(bar.categories.map((category) => (category.value === 'east' ? 'East' : 'West')));
  });

  it('line: revenue by month (a date field, bucketed in the app time zone)', async () => {
    const rows = await sql.rows<{ month: string; v: unknown }>(`substr(${sql.text('f_day')}, 1, 7) AS month, sum(${sql.amount}) AS v`, 'GROUP BY 1 ORDER BY 1');
    const line = dataOf(data, 'w_line', 'line');
    expect(line.categories.map((category) => category.value)).toEqual(rows.map((row) => row.month));
    expect(line.series.map((series) => series.values)).toEqual([rows.map((row) => num(row.v))]);
  });

  it("line over the submission time: months in the app's time zone, not UTC", async () => {
    const month = server.databaseUrl !== null ? `to_char(to_timestamp(created_at / 1000.0) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')` : `strftime('%Y-%m', created_at / 1000, 'unixepoch', '+480 minutes')`;
    const rows = await sql.rows<{ month: string; n: unknown }>(`${month} AS month, count(*) AS n`, 'GROUP BY 1 ORDER BY 1');
    const line = dataOf(data, 'w_created', 'line');
    expect(line.categories.map((category) => category.value)).toEqual(rows.map((row) => row.month));
    expect(line.series.map((series) => series.values)).toEqual([rows.map((row) => Number(row.n))]);
    expect(line.categories.at(-1)?.value).toBe('2025-02');
  });

  it('pie and funnel: deals per stage, the funnel in stage order with its conversions', async () => {
    const rows = await sql.rows<{ stage: string; n: unknown }>(`${sql.text('f_stage')} AS stage, count(*) AS n`, 'GROUP BY 1');
    const count = (stage: string): number => Number(rows.find((row) => row.stage === stage)?.n ?? 0);
    const pie = dataOf(data, 'w_pie', 'pie');
    expect(pie.slices.map((slice) => [slice.member.value, slice.member.label, slice.value]).sort()).toEqual(
      rows.map((row) => [row.stage, { lead: 'Lead', qualified: 'Qualified', won: 'Won' }[row.stage], Number(row.n)]).sort(),
    );
    const counts = ['lead', 'qualified', 'won'].map(count);
    const funnel = dataOf(data, 'w_funnel', 'funnel');
    expect(funnel.stages.map((stage) => [stage.member.value, stage.count, stage.conversion, stage.overall])).toEqual([
      ['lead', counts[0], null, counts[0] ? 1 : null],
      ['qualified', counts[1], counts[0] ? (counts[1] ?? 0) / counts[0] : null, counts[0] ? (counts[1] ?? 0) / counts[0] : null],
      ['won', counts[2], counts[1] ? (counts[2] ?? 0) / counts[1] : null, counts[0] ? (counts[2] ?? 0) / counts[0] : null],
    ]);
  });

  it('gauge: won revenue (the stage filter) against the target', async () => {
    const won = num((await sql.rows<{ v: unknown }>(`sum(${sql.amount}) AS v`, `AND ${sql.text('f_stage')} = ?`, 'won'))[0]?.v);
    expect(dataOf(data, 'w_gauge', 'gauge')).toEqual({ type: 'gauge', actual: won, target: 1000, completion: won === null ? null : won / 1000 });
  });

  it('leaderboard: people by revenue in the period, with their change of rank against the month before', async () => {
    const period = async (from: string, to: string) =>
      (await sql.rows<{ owner: string; v: unknown }>(`owner_id AS owner, sum(${sql.amount}) AS v`, `AND ${sql.text('f_day')} BETWEEN ? AND ? GROUP BY 1`, from, to)).map((row) => ({ id: row.owner, value: Number(row.v) }));
    const current = await period('2025-03-01', '2025-03-31');
    const previousRanks = rankOf(await period('2025-02-01', '2025-02-28'));
    const ranks = rankOf(current);
    const board = dataOf(data, 'w_board', 'leaderboard');
    expect(board.rows.map((row) => [row.member.value, row.value, row.rank, row.previousRank, row.rankChange]).sort()).toEqual(
      current
        .map((entry) => {
          const previous = previousRanks.get(entry.id) ?? null;
          const rank = ranks.get(entry.id) ?? 0;
          return [entry.id, entry.value, rank, previous, previous === null ? null : previous - rank];
        })
        .sort(),
    );
    expect(board.rows.map((row) => row.rank)).toEqual([...board.rows.map((row) => row.rank)].sort((a, b) => a - b));
    expect(board.rows.every((row) => row.member.label.startsWith('dash-'))).toBe(true);
  });

  it('pivot: owners × stages, count and revenue in each cell', async () => {
    const rows = await sql.rows<{ owner: string; stage: string; n: unknown; v: unknown }>(`owner_id AS owner, ${sql.text('f_stage')} AS stage, count(*) AS n, sum(${sql.amount}) AS v`, 'GROUP BY 1, 2');
    const pivot = dataOf(data, 'w_pivot', 'pivot');
    expect(pivot.measures.map((measure) => measure.id)).toEqual(['deals', 'revenue']);
    const cells = pivot.rowKeys.flatMap((rowKey, row) =>
      pivot.columnKeys.map((columnKey, column) => [rowKey[0]?.value, columnKey[0]?.value, ...(pivot.cells[row]?.[column] ?? [])]).filter((cell) => cell[2] !== null),
    );
    expect(cells.sort()).toEqual(rows.map((row) => [row.owner, row.stage, Number(row.n), num(row.v)]).sort());
  });

  it('record table: the newest records the viewer may see, and how many in all', async () => {
    const newest = await sql.rows<{ id: string }>('id', 'ORDER BY seq DESC LIMIT 3');
    const total = Number((await sql.rows<{ n: unknown }>('count(*) AS n'))[0]?.n);
    const table = dataOf(data, 'w_table', 'table');
    expect(table.rows.map((row) => row.id)).toEqual(newest.map((row) => row.id));
    expect(table.total).toBe(total);
    expect(table.columns.map((column) => column.field)).toEqual(['f_stage', 'f_amount', '_owner']);
    expect(table.rows[0]?.cells[1]).toEqual(expect.any(Number));
    expect(table.rows.every((row) => typeof row.cells[0] === 'string' && /^[A-Z]/.test(row.cells[0]))).toBe(true);
  });
});
