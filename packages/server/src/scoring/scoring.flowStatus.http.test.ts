import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishNewForm } from '../records/testing/publishForm.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

// A contract counts when it is approved, not when it is submitted (#15): a filter — a scoring
// item's, an aggregate's, a list's — may name `_flowStatus`, where the record's own approval flow
// stands. On both databases: one contract entered before the form had a flow (none), then the
// rep's contracts approved, rejected and still waiting.

interface Envelope {
  error: { code: string; message: string; details: { pointer: string; code: string; message: string }[] };
}
interface Aggregate {
  rows: { keys: Record<string, unknown>; values: Record<string, number | null> }[];
}
interface Run {
  people: { personId: string; items: { itemId: string; actual: number | string | null }[] }[];
}

let server: TestServer;
let admin: TestClient;
let rep: { id: string; client: TestClient };
let manager: { id: string; client: TestClient };
let appId: string;
let formId: string;
const recordIds: Record<string, string> = {};

const contracts: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '合同',
  fields: [
    { id: 'f_title', type: 'text', label: '合同名称', required: true },
    { id: 'f_rep', type: 'member', label: '签约人' },
    { id: 'f_date', type: 'date', label: '签订日期' },
    { id: 'f_amount', type: 'money', label: '合同金额' },
  ],
};

const sumWhere = async (filter: unknown): Promise<number | null> => {
  const answer = await admin.post<Aggregate>(`/api/forms/${formId}/aggregate`, { measures: [{ id: 'total', op: 'sum', field: 'f_amount' }], filter });
  expect(answer.status).toBe(200);
  return answer.body.rows[0]?.values['total'] ?? null;
};

async function approveOrReject(title: string, action: 'approve' | 'reject'): Promise<void> {
  type Inbox = { items: { task: { id: string } | null; flow: { recordId: string } }[] };
  const todo = await manager.client.get<Inbox>(`/api/tasks?box=todo&formId=${formId}`);
  const task = todo.body.items.find((item) => item.flow.recordId === recordIds[title])?.task;
  expect(task).toBeTruthy();
  expect((await manager.client.post(`/api/tasks/${task?.id ?? ''}/${action}`, { comment: action })).status).toBe(200);
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  const createdRep = await server.createUser({ username: 'rep' });
  const createdManager = await server.createUser({ username: 'manager', role: 'manager' });
  rep = { id: createdRep.user.id, client: createdRep.client };
  manager = { id: createdManager.user.id, client: createdManager.client };
  appId = (await admin.post<{ id: string }>('/api/apps', { name: '销售' })).body.id;
  formId = await publishNewForm(admin, contracts, appId);
  const submit = async (title: string, amount: number): Promise<void> => {
    const created = await rep.client.post<{ id: string }>(`/api/forms/${formId}/records`, { data: { f_title: title, f_rep: rep.id, f_date: '2026-11-10', f_amount: amount } });
    expect(created.status).toBe(201);
    recordIds[title] = created.body.id;
  };
  // Entered before the form had a flow: it has none.
  await submit('early', 100);
  const flow = {
    kind: 'workflow',
    schemaVersion: 2,
    title: '合同审批',
    formId,
    nodes: [
      { id: 'n_start', type: 'start', name: '发起' },
      { id: 'n_manager', type: 'approval', name: '经理审批', mode: 'any', assignees: [{ kind: 'member', userId: manager.id }] },
      { id: 'n_end', type: 'end', name: '结束' },
    ],
    edges: [
      { id: 'e1', from: 'n_start', to: 'n_manager' },
      { id: 'e2', from: 'n_manager', to: 'n_end' },
    ],
  };
  const { documents } = server.context.stores;
  const document = await documents.create({ id: 'wfl_contract', kind: 'workflow', appId, formId, draft: flow as never, createdBy: null, createdAt: server.clock.now() });
  await documents.publish(document.id, { draftRevision: 1, schema: flow as never, publishedAt: server.clock.now(), publishedBy: null });
  await submit('approved', 1_000);
  await submit('rejected', 20_000);
  await submit('waiting', 300_000);
  await approveOrReject('approved', 'approve');
  await approveOrReject('rejected', 'reject');
}, 60_000);
afterAll(() => server.close());

describe('_flowStatus: where a record’s own approval flow stands, for filters', () => {
  it('filters aggregates by the flow’s status, and finds records that never had a flow as empty', async () => {
    expect(await sumWhere({ field: '_flowStatus', op: 'eq', value: 'completed' })).toBe(1_000);
    expect(await sumWhere({ field: '_flowStatus', op: 'eq', value: 'rejected' })).toBe(20_000);
    expect(await sumWhere({ field: '_flowStatus', op: 'eq', value: 'in_progress' })).toBe(300_000);
    expect(await sumWhere({ field: '_flowStatus', op: 'empty' })).toBe(100);
    // `ne` keeps the records without a flow, as it does for any empty value.
    expect(await sumWhere({ field: '_flowStatus', op: 'ne', value: 'in_progress' })).toBe(21_100);
    expect(await sumWhere({ field: '_flowStatus', op: 'in', value: ['completed', 'rejected'] })).toBe(21_000);
  });

  it('filters a list of records too', async () => {
    const filter = encodeURIComponent(JSON.stringify({ field: '_flowStatus', op: 'eq', value: 'completed' }));
    const listed = await rep.client.get<{ items: { id: string }[] }>(`/api/forms/${formId}/records?filter=${filter}`);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((item) => item.id)).toEqual([recordIds['approved']]);
  });

  it('refuses it as a group, a measure or a sort, with a pointer, in both languages', async () => {
    const grouped = await admin.post<Envelope>(`/api/forms/${formId}/aggregate`, { groupBy: [{ field: '_flowStatus' }], measures: [{ op: 'count' }] });
    expect(grouped.status).toBe(400);
    expect(grouped.body.error.details).toEqual([expect.objectContaining({ pointer: '/groupBy/0/field', code: 'filter_only', message: '"_flowStatus" 只能用于筛选，不能分组或统计' })]);
    const measured = await admin.post<Envelope>(`/api/forms/${formId}/aggregate?lang=en`, { measures: [{ op: 'count', field: '_flowStatus' }] });
    expect(measured.status).toBe(400);
    expect(measured.body.error.details).toEqual([expect.objectContaining({ pointer: '/measures/0/field', code: 'filter_only', message: '"_flowStatus" can only be filtered on, not grouped by or measured' })]);
    const sorted = await admin.get<Envelope>(`/api/forms/${formId}/records?sort=_flowStatus:asc`);
    expect(sorted.status).toBe(400);
  });

  it('lets a scoring item count only approved contracts: a contract counts once its flow completes, not when submitted', async () => {
    const approvedOnly = { field: '_flowStatus', op: 'eq', value: 'completed' };
    const source = (filter: unknown) => ({ kind: 'aggregate', formId, aggregate: 'sum', field: 'f_amount', personField: 'f_rep', dateField: 'f_date', filter });
    const scheme = {
      kind: 'scoring',
      schemaVersion: 2,
      title: '签约考核',
      period: 'month',
      items: [
        { id: 'k_approved', name: '审批通过的签约金额', weight: 50, source: source(approvedOnly), target: { kind: 'fixed', value: 1_000_000 }, method: { kind: 'ratio', cap: 120 } },
        // Entered without a flow (imported history) counts as well; in flight or rejected does not.
        { id: 'k_settled', name: '签约金额', weight: 50, source: source({ or: [approvedOnly, { field: '_flowStatus', op: 'empty' }] }), target: { kind: 'fixed', value: 1_000_000 }, method: { kind: 'ratio', cap: 120 } },
      ],
    };
    const created = await admin.post<{ id: string }>(`/api/apps/${appId}/scorings`, { schema: scheme });
    expect(created.status).toBe(201);
    expect((await admin.post(`/api/scorings/${created.body.id}/publish`, {})).status).toBe(200);
    const actuals = async (): Promise<Record<string, unknown>> => {
      expect((await admin.post(`/api/scorings/${created.body.id}/runs`, { period: '2026-11' })).status).toBe(201);
      // The POST answers a summary; the sheet is read back.
      const run = await admin.get<Run>(`/api/scorings/${created.body.id}/runs/2026-11`);
      expect(run.status).toBe(200);
      const items = run.body.people.find((person) => person.personId === rep.id)?.items ?? [];
      return Object.fromEntries(items.map((item) => [item.itemId, item.actual]));
    };
    expect(await actuals()).toEqual({ k_approved: 1_000, k_settled: 1_100 });
    await approveOrReject('waiting', 'approve');
    expect(await actuals()).toEqual({ k_approved: 301_000, k_settled: 301_100 });
  });
});
