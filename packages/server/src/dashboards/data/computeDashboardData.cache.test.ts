import type { DashboardSchema, FormSchema, KpiData, RecordTableData } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../http/HttpError.js';
import { viewerOf } from '../../permissions/Viewer.js';
import { publishNewForm } from '../../records/testing/publishForm.js';
import type { TestClient } from '../../testing/TestClient.js';
import { startTestServer, type TestServer } from '../../testing/startTestServer.js';
import { computeDashboardData, type DashboardData, type DashboardRef } from './computeDashboardData.js';

let server: TestServer;
let admin: TestClient;
let rep: { id: string; client: TestClient };
let otherRep: { id: string; client: TestClient };
let formId: string;
let unreadFormId: string;
let otherFormId: string;

const orders: FormSchema = { kind: 'form', schemaVersion: 1, title: 'Orders', fields: [{ id: 'f_amount', type: 'money', label: 'Amount' }] };
const layout = { x: 0, y: 0, w: 6, h: 3 };

function dashboard(dataScope: 'viewer' | 'all', extra: Partial<DashboardSchema> = {}): DashboardSchema {
  return {
    kind: 'dashboard',
    schemaVersion: 1,
    title: 'Team',
    dataScope,
    widgets: [
      { id: 'w_total', type: 'kpi', title: 'Team revenue', layout, query: { formId, measures: [{ id: 'revenue', op: 'sum', field: 'f_amount' }] } },
      { id: 'w_list', type: 'table', title: 'Orders', columns: ['f_amount'], layout, query: { formId } },
    ],
    ...extra,
  };
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  const one = await server.createUser({ username: 'cache-rep1' });
  const two = await server.createUser({ username: 'cache-rep2' });
  rep = { id: one.user.id, client: one.client };
  otherRep = { id: two.user.id, client: two.client };
  formId = await publishNewForm(admin, orders);
  otherFormId = await publishNewForm(admin, { ...orders, title: 'Other' });
  // Managers only may submit, reps see only their own rows: a rep may not read this form at all.
  unreadFormId = await publishNewForm(admin, { ...orders, title: 'Manager notes', settings: { access: { submit: { roles: ['manager'] } } } });
  for (const [client, amount] of [[rep.client, 100], [rep.client, 20], [otherRep.client, 300], [admin, 5000]] as const) {
    expect((await client.post(`/api/forms/${formId}/records`, { data: { f_amount: amount } })).status).toBe(201);
  }
  expect((await admin.post(`/api/forms/${unreadFormId}/records`, { data: { f_amount: 7 } })).status).toBe(201);
});
afterAll(() => server.close());

async function dashboardAs(userId: string, ref: DashboardRef, filters: Record<string, unknown> = {}, on: TestServer = server): Promise<DashboardData> {
  const user = await on.context.stores.users.findById(userId);
  if (!user) throw new Error('no such user');
  return computeDashboardData(on.context, await viewerOf(on.context.stores, user), ref, filters);
}

function widget<T>(data: DashboardData, id: string): T {
  const found = data.widgets.find((candidate) => candidate.id === id);
  if (!found || !('data' in found)) throw new Error(`widget ${id}: ${JSON.stringify(found)}`);
  return found.data as T;
}

const sumOf = async (where: string, ...params: unknown[]): Promise<number> => {
  const amount = server.databaseUrl !== null ? `(data::jsonb->>'f_amount')::numeric` : `json_extract(data, '$.f_amount')`;
  return Number(await server.sqlValue(`SELECT sum(${amount}) FROM records WHERE form_id = ? AND deleted_at IS NULL AND ${where}`, formId, ...params));
};
const ownIds = async (userId: string): Promise<string[]> =>
  (await server.sql<{ id: string }>('SELECT id FROM records WHERE form_id = ? AND deleted_at IS NULL AND owner_id = ? ORDER BY seq DESC', formId, userId)).map((row) => row.id);

describe('whose data a dashboard shows', () => {
  it("counts only the viewer's rows by default", async () => {
    const data = await dashboardAs(rep.id, { id: 'dsh_scope', version: 1, schema: dashboard('viewer') });
    expect(widget<KpiData>(data, 'w_total').value).toBe(await sumOf('owner_id = ?', rep.id));
    expect(widget<KpiData>(data, 'w_total').value).toBe(120);
  });

  it("with dataScope 'all' a rep sees the team's totals, but still only their own records", async () => {
    const data = await dashboardAs(rep.id, { id: 'dsh_scope', version: 2, schema: dashboard('all') });
    expect(widget<KpiData>(data, 'w_total').value).toBe(await sumOf('1 = 1'));
    expect(widget<KpiData>(data, 'w_total').value).toBe(5420);
    const list = widget<RecordTableData>(data, 'w_list');
    expect(list.rows.map((row) => row.id)).toEqual(await ownIds(rep.id));
    expect(list.rows).toHaveLength(2);
  });

  it("a form the viewer may not read is an error of that widget only, naming it in both languages — unless the dashboard shows everyone's numbers", async () => {
    const extra = (scope: 'viewer' | 'all') =>
      dashboard(scope, {
        widgets: [
          ...dashboard(scope).widgets,
          { id: 'w_notes', type: 'gauge', title: 'Notes', target: 10, layout, query: { formId: unreadFormId, measures: [{ id: 'total', op: 'sum', field: 'f_amount' }] } },
          { id: 'w_gone', type: 'kpi', title: 'Gone', layout, query: { formId: 'frm_missing' } },
          { id: 'w_bad', type: 'kpi', title: 'Typo', layout, query: { formId, measures: [{ id: 'x', op: 'sum', field: 'f_amuont' }] } },
        ],
      });
    const own = await dashboardAs(rep.id, { id: 'dsh_errors', version: 1, schema: extra('viewer') });
    const errors = Object.fromEntries(own.widgets.map((entry) => [entry.id, 'error' in entry ? entry.error : null]));
    expect(errors['w_total']).toBeNull();
    expect(errors['w_notes']).toMatchObject({ code: 'widget_form_unavailable', message: { 'zh-CN': expect.stringContaining('“Notes”'), en: expect.stringContaining('"Notes"') } });
    expect(errors['w_gone']).toMatchObject({ code: 'widget_form_unavailable' });
    expect(errors['w_bad']).toMatchObject({ code: 'widget_query_invalid', message: { en: expect.stringContaining('"Typo"') }, details: [{ code: 'unknown_field' }] });

    const everyone = await dashboardAs(rep.id, { id: 'dsh_errors', version: 2, schema: extra('all') });
    expect(widget<{ actual: number }>(everyone, 'w_notes').actual).toBe(7);
    // The records behind those numbers stay the rep's own: none here, so a table of them is refused.
    const listNotes = dashboard('all', { widgets: [{ id: 'w_rows', type: 'table', title: 'Notes', layout, query: { formId: unreadFormId } }] });
    expect((await dashboardAs(rep.id, { id: 'dsh_errors', version: 3, schema: listNotes })).widgets[0]).toMatchObject({ error: { code: 'widget_form_unavailable' } });
  });

  it('refuses unknown filters and values of the wrong shape with a 400 pointing at them', async () => {
    const withPeriod = dashboard('viewer', { filters: [{ id: 'flt_period', label: 'Period', kind: 'dateRange', bindings: { w_total: 'f_amount' } }] });
    const ref = { id: 'dsh_filters', version: 1, schema: withPeriod };
    for (const [filters, pointer, code] of [
      [{ flt_nope: 'x' }, '/filters/flt_nope', 'unknown_filter'],
      [{ flt_period: { from: '2025-02-30' } }, '/filters/flt_period', 'date_range'],
      [{ flt_period: { from: '2025-03-02', to: '2025-03-01' } }, '/filters/flt_period', 'date_range'],
      [{ flt_period: '2025-03' }, '/filters/flt_period', 'date_range'],
    ] as const) {
      const failure = await dashboardAs(rep.id, ref, filters).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(HttpError);
      expect(failure).toMatchObject({ status: 400, details: [{ pointer, code }] });
    }
    // A date range bound to a number field: that widget's fault, not the request's.
    const bound = await dashboardAs(rep.id, ref, { flt_period: { from: '2025-03-01' } });
    expect(bound.widgets[0]).toMatchObject({ error: { code: 'widget_query_invalid' } });
  });
});

describe('the dashboard data cache', () => {
  // Built once the form exists (describe bodies run before beforeAll).
  let ref: DashboardRef;
  beforeAll(() => {
    ref = { id: 'dsh_cache', version: 1, schema: dashboard('viewer') };
  });

  it('answers the same call again without SQL, and a write to a form it reads makes it compute again', async () => {
    const first = await dashboardAs(rep.id, ref);
    expect(first.cached).toBe(false);
    const aggregate = vi.spyOn(server.context.stores.records, 'aggregate');
    const aggregateMany = vi.spyOn(server.context.stores.records, 'aggregateMany');
    const page = vi.spyOn(server.context.stores.records, 'page');
    try {
      const second = await dashboardAs(rep.id, ref);
      expect(second).toEqual({ ...first, cached: true });
      expect(aggregate).not.toHaveBeenCalled();
      expect(aggregateMany).not.toHaveBeenCalled();
      expect(page).not.toHaveBeenCalled();

      // A write to a form the dashboard does not read changes nothing.
      expect((await rep.client.post(`/api/forms/${otherFormId}/records`, { data: { f_amount: 1 } })).status).toBe(201);
      expect((await dashboardAs(rep.id, ref)).cached).toBe(true);

      expect((await rep.client.post(`/api/forms/${formId}/records`, { data: { f_amount: 9 } })).status).toBe(201);
      const third = await dashboardAs(rep.id, ref);
      expect(third.cached).toBe(false);
      // The one KPI's aggregate, asked of the store in one batch.
      expect(aggregate).not.toHaveBeenCalled();
      expect(aggregateMany).toHaveBeenCalledTimes(1);
      expect(aggregateMany.mock.calls[0]?.[0]).toHaveLength(1);
      expect(widget<KpiData>(third, 'w_total').value).toBe(widget<KpiData>(first, 'w_total').value! + 9);
      expect(widget<RecordTableData>(third, 'w_list').rows).toHaveLength(3);
    } finally {
      aggregate.mockRestore();
      aggregateMany.mockRestore();
      page.mockRestore();
    }
  });

  it('is invalidated by an edit and a delete as well as a submit', async () => {
    const [newest] = await ownIds(rep.id);
    const before = await dashboardAs(rep.id, ref);
    const record = await rep.client.get<{ version: number }>(`/api/records/${newest}`);
    expect((await rep.client.patch(`/api/records/${newest}`, { data: { f_amount: 10 } }, { headers: { 'If-Match': `"${record.body.version}"` } })).status).toBe(200);
    const edited = await dashboardAs(rep.id, ref);
    expect(edited.cached).toBe(false);
    expect(widget<KpiData>(edited, 'w_total').value).toBe(widget<KpiData>(before, 'w_total').value! + 1);
    expect((await rep.client.delete(`/api/records/${newest}`, {})).status).toBe(204);
    const deleted = await dashboardAs(rep.id, ref);
    expect(deleted.cached).toBe(false);
    expect(widget<KpiData>(deleted, 'w_total').value).toBe(await sumOf('owner_id = ?', rep.id));
  });

  it('keeps viewers, filters and dashboard versions apart', async () => {
    await dashboardAs(rep.id, ref);
    expect((await dashboardAs(rep.id, ref)).cached).toBe(true);
    const theirs = await dashboardAs(otherRep.id, ref);
    expect(theirs.cached).toBe(false);
    expect(widget<KpiData>(theirs, 'w_total').value).toBe(300);
    expect((await dashboardAs(rep.id, { ...ref, version: 2 })).cached).toBe(false);
    const filtered = { ...ref, schema: dashboard('viewer', { filters: [{ id: 'flt_amount', label: 'Amount', kind: 'field', bindings: { w_total: 'f_amount' } }] }) };
    const hundred = await dashboardAs(rep.id, filtered, { flt_amount: 100 });
    expect(widget<KpiData>(hundred, 'w_total').value).toBe(100);
    // The same values in another order are the same filter.
    expect((await dashboardAs(rep.id, filtered, { flt_amount: [20, 100] })).cached).toBe(false);
    expect((await dashboardAs(rep.id, filtered, { flt_amount: [100, 20, 100] })).cached).toBe(true);
  });

  it('notices a write made by another server process on the same database', async () => {
    const other = await startTestServer(server.databaseUrl !== null ? { databaseUrl: server.databaseUrl } : { dataDir: server.dataDir });
    try {
      expect((await dashboardAs(rep.id, ref)).cached).toBe(true);
      const client = await other.login('cache-rep1', 'password-cache-rep1');
      expect((await client.post(`/api/forms/${formId}/records`, { data: { f_amount: 1000 } })).status).toBe(201);
      const after = await dashboardAs(rep.id, ref);
      expect(after.cached).toBe(false);
      expect(widget<KpiData>(after, 'w_total').value).toBe(await sumOf('owner_id = ?', rep.id));
    } finally {
      await other.close();
    }
  });
});
