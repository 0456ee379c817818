import type { FormSchema, KpiData } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishNewForm, type ErrorBody } from '../../records/testing/publishForm.js';
import type { TestClient } from '../../testing/TestClient.js';
import { startTestServer, type TestServer } from '../../testing/startTestServer.js';

let server: TestServer;
let admin: TestClient;
let rep: TestClient;
let repId: string;
let appId: string;
let formId: string;

interface DataBody {
  widgets: ({ id: string; type: string; data: unknown } | { id: string; type: string; error: { code: string; message: string } })[];
  computedAt: string;
  cached: boolean;
}

const orders: FormSchema = { kind: 'form', schemaVersion: 1, title: 'Orders', fields: [{ id: 'f_amount', type: 'money', label: 'Amount' }] };
const layout = { x: 0, y: 0, w: 6, h: 3 };
const schema = (title: string) => ({
  kind: 'dashboard',
  schemaVersion: 1,
  title,
  widgets: [
    { id: 'w_total', type: 'kpi', title: 'Revenue', layout, query: { formId, measures: [{ id: 'revenue', op: 'sum', field: 'f_amount' }] } },
    { id: 'w_typo', type: 'kpi', title: '笔误', layout, query: { formId, measures: [{ id: 'x', op: 'sum', field: 'f_nope' }] } },
  ],
  filters: [{ id: 'flt_amount', label: 'Amount', kind: 'field', bindings: { w_total: 'f_amount' } }],
});

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  const created = await server.createUser({ username: 'route-rep' });
  rep = created.client;
  repId = created.user.id;
  appId = (await admin.post<{ id: string }>('/api/apps', { name: 'Sales' })).body.id;
  formId = await publishNewForm(admin, orders, appId);
  for (const [client, amount] of [[rep, 30], [rep, 12], [admin, 1000]] as const) {
    expect((await client.post(`/api/forms/${formId}/records`, { data: { f_amount: amount } })).status).toBe(201);
  }
});
afterAll(() => server.close());

const total = (body: DataBody): number | null => {
  const widget = body.widgets.find((entry) => entry.id === 'w_total');
  return widget && 'data' in widget ? (widget.data as KpiData).value : null;
};

describe('POST /api/dashboards/:id/data', () => {
  it('answers the published version in the caller’s row scope, from the cache the second time, and refuses bad filters', async () => {
    const id = (await admin.post<{ id: string }>(`/api/apps/${appId}/dashboards`, { schema: schema('Orders') })).body.id;
    expect((await admin.post(`/api/dashboards/${id}/data`, {})).status).toBe(409);
    expect((await rep.post(`/api/dashboards/${id}/data`, {})).status).toBe(404);
    expect((await admin.post(`/api/dashboards/${id}/publish`, {})).status).toBe(200);

    const first = await rep.post<DataBody>(`/api/dashboards/${id}/data?lang=en`, { filters: {} });
    expect(first.status).toBe(200);
    const own = server.databaseUrl !== null ? `(data::jsonb->>'f_amount')::numeric` : `json_extract(data, '$.f_amount')`;
    expect(total(first.body)).toBe(Number(await server.sqlValue(`SELECT sum(${own}) FROM records WHERE form_id = ? AND owner_id = ?`, formId, repId)));
    expect(total(first.body)).toBe(42);
    expect(first.body.cached).toBe(false);
    expect(first.body.widgets[1]).toMatchObject({ id: 'w_typo', error: { code: 'widget_query_invalid', message: expect.stringContaining('widget "笔误"') } });
    const chinese = await rep.post<DataBody>(`/api/dashboards/${id}/data?lang=zh-CN`, {});
    expect(chinese.body.cached).toBe(true);
    expect(chinese.body.widgets[1]).toMatchObject({ error: { message: expect.stringContaining('组件“笔误”') } });

    expect(total((await rep.post<DataBody>(`/api/dashboards/${id}/data`, { filters: { flt_amount: 30 } })).body)).toBe(30);
    const bad = await rep.post<ErrorBody>(`/api/dashboards/${id}/data`, { filters: { flt_none: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ pointer: '/filters/flt_none', code: 'unknown_filter' })]);
    expect((await rep.post<ErrorBody>(`/api/dashboards/${id}/data`, { filters: ['x'] })).status).toBe(400);

    expect((await rep.post(`/api/forms/${formId}/records`, { data: { f_amount: 8 } })).status).toBe(201);
    const after = await rep.post<DataBody>(`/api/dashboards/${id}/data`, {});
    expect(after.body.cached).toBe(false);
    expect(total(after.body)).toBe(50);
  });

  it('lets an admin preview the draft; others always get the published version', async () => {
    const id = (await admin.post<{ id: string }>(`/api/apps/${appId}/dashboards`, { schema: schema('v1') })).body.id;
    await admin.post(`/api/dashboards/${id}/publish`, {});
    const draft = schema('v2');
    draft.widgets[0] = { ...draft.widgets[0]!, query: { formId, measures: [{ id: 'revenue', op: 'count' }] } } as (typeof draft.widgets)[0];
    expect((await admin.put(`/api/dashboards/${id}`, { schema: draft })).status).toBe(200);
    expect(total((await admin.post<DataBody>(`/api/dashboards/${id}/data?draft=true`, {})).body)).toBe(Number(await server.sqlValue('SELECT count(*) FROM records WHERE form_id = ?', formId)));
    expect(total((await admin.post<DataBody>(`/api/dashboards/${id}/data`, {})).body)).toBe(1050);
    expect(total((await rep.post<DataBody>(`/api/dashboards/${id}/data?draft=true`, {})).body)).toBe(50);
  });
});
