import type { DashboardSchema, FormSchema, KpiData, RecordTableData } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerOf } from '../../permissions/Viewer.js';
import { publishNewForm } from '../../records/testing/publishForm.js';
import type { TestClient } from '../../testing/TestClient.js';
import { startTestServer, type TestServer } from '../../testing/startTestServer.js';
import { computeDashboardData, type DashboardData } from './computeDashboardData.js';

// A form hiding the cost (and the margin computed from it) from reps: no dashboard may tell a rep
// what a field hidden from them holds — not summed, not grouped, not filtered, not listed — and
// an answer computed for a manager is never handed to a rep from the cache.

let server: TestServer;
let admin: TestClient;
let repId: string;
let managerId: string;
let formId: string;

const deals: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Deals',
  fields: [
    { id: 'f_amount', type: 'money', label: 'Amount' },
    { id: 'f_cost', type: 'money', label: 'Cost' },
    { id: 'f_margin', type: 'formula', label: 'Margin', resultType: 'number', expression: { '-': [{ var: 'f_amount' }, { var: 'f_cost' }] } },
    { id: 'f_region', type: 'select', label: 'Region', options: [{ value: 'east', label: 'East' }, { value: 'west', label: 'West' }] },
  ],
  settings: { access: { rows: { member: 'all', manager: 'all' }, fields: { member: { f_cost: 'hidden' } } } },
};
const layout = { x: 0, y: 0, w: 6, h: 3 };

function dashboard(dataScope: 'viewer' | 'all'): DashboardSchema {
  return {
    kind: 'dashboard',
    schemaVersion: 1,
    title: 'Margins',
    dataScope,
    widgets: [
      { id: 'w_amount', type: 'kpi', title: 'Amount', layout, query: { formId, measures: [{ id: 'amount', op: 'sum', field: 'f_amount' }] } },
      { id: 'w_cost', type: 'kpi', title: 'Cost', layout, query: { formId, measures: [{ id: 'cost', op: 'sum', field: 'f_cost' }] } },
      { id: 'w_margin', type: 'bar', title: 'Margin by region', layout, query: { formId, groupBy: [{ field: 'f_region' }], measures: [{ id: 'margin', op: 'sum', field: 'f_margin' }] } },
      { id: 'w_cheap', type: 'kpi', title: 'Cheap deals', layout, query: { formId, filter: { field: 'f_cost', op: 'lt', value: 50 } } },
      { id: 'w_by_cost', type: 'bar', title: 'Deals by cost', layout, query: { formId, groupBy: [{ field: 'f_cost' }] } },
      { id: 'w_list', type: 'table', title: 'Deals', columns: ['f_amount', 'f_cost'], layout, query: { formId } },
    ],
  };
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  repId = (await server.createUser({ username: 'field-rep' })).user.id;
  managerId = (await server.createUser({ username: 'field-manager', role: 'manager' })).user.id;
  formId = await publishNewForm(admin, deals);
  for (const [amount, cost, region] of [[100, 40, 'east'], [300, 200, 'west']] as const) {
    expect((await admin.post(`/api/forms/${formId}/records`, { data: { f_amount: amount, f_cost: cost, f_region: region } })).status).toBe(201);
  }
});
afterAll(() => server.close());

/** Each schema is a dashboard of its own: the cache takes a (dashboard, version) for one document. */
async function dashboardAs(userId: string, schema: DashboardSchema, id = 'dsh_fields'): Promise<DashboardData> {
  const user = await server.context.stores.users.findById(userId);
  if (!user) throw new Error('no such user');
  return computeDashboardData(server.context, await viewerOf(server.context.stores, user), { id: `${id}_${schema.dataScope ?? 'viewer'}`, version: 1, schema }, {});
}

const outcome = (data: DashboardData, id: string) => {
  const found = data.widgets.find((widget) => widget.id === id);
  return found && 'error' in found ? `error ${found.error.code}` : 'data';
};

describe('dashboards and fields hidden by role', () => {
  for (const dataScope of ['viewer', 'all'] as const) {
    it(`a manager sees every widget; a rep gets an error, never a number, for each widget over the hidden field (dataScope ${dataScope}), also after the manager's answer was cached`, async () => {
      const managers = await dashboardAs(managerId, dashboard(dataScope));
      expect(managers.widgets.map((widget) => outcome(managers, widget.id))).toEqual(['data', 'data', 'data', 'data', 'data', 'data']);
      const cost = managers.widgets.find((widget) => widget.id === 'w_cost');
      expect(cost && 'data' in cost ? (cost.data as KpiData).value : null).toBe(240);

      const reps = await dashboardAs(repId, dashboard(dataScope));
      expect(reps.widgets.map((widget) => `${widget.id} ${outcome(reps, widget.id)}`)).toEqual([
        'w_amount data',
        'w_cost error widget_query_invalid',
        'w_margin error widget_query_invalid',
        'w_cheap error widget_query_invalid',
        'w_by_cost error widget_query_invalid',
        'w_list error widget_query_invalid',
      ]);
      expect(JSON.stringify(reps)).not.toContain('240');
    });
  }

  it('a record table without named columns leaves the hidden field out for a rep', async () => {
    const schema: DashboardSchema = { ...dashboard('viewer'), widgets: [{ id: 'w_all', type: 'table', title: 'Deals', layout, query: { formId } }] };
    const reps = await dashboardAs(repId, schema, 'dsh_table');
    const table = reps.widgets[0];
    const data = table && 'data' in table ? (table.data as RecordTableData) : undefined;
    expect(data?.columns.map((column) => column.field)).toEqual(['f_amount', 'f_region']);
    expect(JSON.stringify(data)).not.toContain('200');
  });
});
