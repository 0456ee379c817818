import type { FieldDefinition, FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishNewForm, republish, type PageBody } from '../records/testing/publishForm.js';
import type { TestClient } from '../testing/TestClient.js';
import { TestClock } from '../testing/TestClock.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

// Targets over HTTP, on both databases: a decomposition shown as a dry run and written as records
// of the app's targets form in one transaction; progress pro-rated to a fixed today (2026-11-15,
// half of November) against the actuals of the scoring item of the same key; laggards.

let server: TestServer;
let admin: TestClient;
let appId: string;
const ids: Record<string, string> = {};
const clients: Record<string, TestClient> = {};

interface Envelope {
  error: { code: string; message: string; details: { pointer: string; code: string; message: string }[] | null };
}
interface Node {
  key: string;
  value: number;
  rule: { code: string; text: { 'zh-CN': string; en: string } };
  children?: Node[];
}
interface Decomposed {
  dryRun: boolean;
  tree: Node;
  mismatches: { key: string; difference: number; message: { 'zh-CN': string; en: string } }[];
  formId?: string;
  recordIds?: string[];
  created?: number;
  replaced?: number;
}
interface Progress {
  today: string;
  actualSource: { schemeId: string; itemId: string } | null;
  people: { personId: string; target: number; actual: number; due: number; share: number | null }[];
}
interface Laggards {
  checked: boolean;
  dayOfPeriod: number;
  laggards: { personId: string; due: number; shortfall: number; share: number }[];
}

const id = (key: string) => ids[key] ?? key;
const as = (key: string): TestClient => {
  const client = clients[key];
  if (!client) throw new Error(`no client ${key}`);
  return client;
};
const decompose = (client: TestClient, body: Record<string, unknown>, headers: Record<string, string> = {}) => client.post<Decomposed & Envelope>(`/api/apps/${appId}/targets/decompose`, body, { headers });
const sales = (extra: Record<string, unknown> = {}) => ({ root: { period: '2026-11', amount: 2_000_000, metric: 'k_sales', department: id('east') }, org: { to: 'person', method: 'even' }, dryRun: false, ...extra });
const targetsOf = async (formId: string, metric: string) =>
  (await admin.get<PageBody>(`/api/forms/${formId}/records?limit=100`)).body.items.filter((record) => record.data['tgt_metric'] === metric);

beforeAll(async () => {
  // 2026-11-15 12:00 in Shanghai, 04:00 UTC: the same day in either zone.
  server = await startTestServer({ clock: new TestClock(Date.UTC(2026, 10, 15, 4, 0, 0)) });
  admin = await server.loginAsAdmin();
  ids['east'] = (await admin.post<{ id: string }>('/api/departments', { name: '华东区' })).body.id;
  ids['eastSub'] = (await admin.post<{ id: string }>('/api/departments', { name: '华东一组', parentId: id('east') })).body.id;
  ids['west'] = (await admin.post<{ id: string }>('/api/departments', { name: '华西区' })).body.id;
  ids['hq'] = (await admin.post<{ id: string }>('/api/departments', { name: '总部' })).body.id;
  const people: [string, 'member' | 'manager', string][] = [
    ['li', 'member', 'east'],
    ['han', 'member', 'eastSub'],
    ['boss', 'manager', 'hq'],
    ['outsider', 'member', 'west'],
    ['westBoss', 'manager', 'hq'],
  ];
  for (const [key, role, department] of people) {
    const created = await server.createUser({ username: key.toLowerCase(), role, departmentId: id(department) });
    ids[key] = created.user.id;
    clients[key] = created.client;
  }
  expect((await admin.patch(`/api/departments/${id('east')}`, { managerId: id('boss') })).status).toBe(200);
  expect((await admin.patch(`/api/departments/${id('west')}`, { managerId: id('westBoss') })).status).toBe(200);

  appId = (await admin.post<{ id: string }>('/api/apps', { name: '销售' })).body.id;
  const fields: FieldDefinition[] = [{ id: 'f_owner', type: 'member', label: '销售' }, { id: 'f_signed', type: 'date', label: '签约日期' }, { id: 'f_amount', type: 'money', label: '金额' }];
  const contracts: FormSchema = { kind: 'form', schemaVersion: 1, title: '合同', fields };
  const contractsId = await publishNewForm(admin, contracts, appId);
  for (const [owner, signed, amount] of [['li', '2026-11-03', 500_000], ['han', '2026-11-12', 100_000], ['han', '2026-10-30', 900_000]] as const) {
    expect((await admin.post(`/api/forms/${contractsId}/records`, { data: { f_owner: id(owner), f_signed: signed, f_amount: amount } })).status).toBe(201);
  }
  const scheme = {
    kind: 'scoring',
    schemaVersion: 2,
    title: '销售月度考核',
    period: 'month',
    items: [{ id: 'k_sales', name: '签约金额', weight: 100, source: { kind: 'aggregate', formId: contractsId, aggregate: 'sum', field: 'f_amount', personField: 'f_owner', dateField: 'f_signed' }, target: { kind: 'fixed', value: 1_000_000 }, method: { kind: 'ratio' } }],
  };
  const created = await admin.post<{ id: string }>(`/api/apps/${appId}/scorings`, { schema: scheme });
  expect(created.status).toBe(201);
  ids['scheme'] = created.body.id;
  expect((await admin.post(`/api/scorings/${created.body.id}/publish`, {}, { headers: { 'if-match': '"1"' } })).status).toBe(200);
});
afterAll(() => server.close());

describe('POST /api/apps/:appId/targets/decompose', () => {
  it('shows a dry run over time with the rule behind each value, and writes nothing', async () => {
    const response = await decompose(admin, { root: { period: '2026-Q4', amount: 3_000_000, metric: 'k_sales' }, time: { to: 'week', method: 'even', weekRule: 'fourWeeks' }, dryRun: true });
    expect(response.status).toBe(200);
    const { tree, mismatches } = response.body;
    expect(tree.children?.map((month) => [month.key, month.value])).toEqual([['2026-10', 1_000_000], ['2026-11', 1_000_000], ['2026-12', 1_000_000]]);
    expect(tree.children?.[1]?.children?.map((week) => week.value)).toEqual([250_000, 250_000, 250_000, 250_000]);
    expect(tree.children?.[1]?.children?.[0]?.rule.code).toBe('fourWeeks');
    expect(mismatches).toEqual([]);
    const forms = await admin.get<{ items: { id: string }[] }>(`/api/apps/${appId}/forms`);
    expect(forms.body.items).toHaveLength(1); // only the contracts: the targets form comes with the first write
  });

  it('shows children that do not add up to their parent with the difference', async () => {
    const response = await decompose(admin, { root: { period: '2026-11', amount: 2_000_000, metric: 'k_sales', department: id('east') }, org: { to: 'person', method: 'even', adjustments: { [id('li')]: 20 }, rebalance: false }, dryRun: true });
    expect(response.status).toBe(200);
    expect(response.body.tree.children?.map((person) => [person.key, person.value]).sort()).toEqual([[id('han'), 1_000_000], [id('li'), 1_200_000]].sort());
    expect(response.body.mismatches).toEqual([expect.objectContaining({ key: id('east'), difference: -200_000 })]);
  });

  it('refuses a bad request with a pointer, in both languages', async () => {
    const zh = await decompose(admin, { root: { period: '2026-13', amount: 1, metric: 'k_sales' }, time: { to: 'month', method: 'even' }, dryRun: true }, { 'accept-language': 'zh-CN' });
    expect(zh.status).toBe(400);
    expect(zh.body.error.details?.[0]).toMatchObject({ pointer: '/root/period', message: expect.stringContaining('不是周期名称') });
    const en = await decompose(admin, { root: { period: '2026-11', amount: 1, metric: 'k_sales' }, time: { to: 'quarter', method: 'even' }, dryRun: true }, { 'accept-language': 'en' });
    expect(en.status).toBe(400);
    expect(en.body.error.details?.[0]).toMatchObject({ pointer: '/time/to', message: expect.stringContaining('cannot be split') });
    const seasonal = await decompose(admin, { root: { period: '2026', amount: 1, metric: 'k_sales' }, time: { to: 'quarter', method: 'seasonal' }, dryRun: true });
    expect(seasonal.body.error.details?.[0]?.pointer).toBe('/time/weights');
    const amount = await decompose(admin, { root: { period: '2026', amount: '100万', metric: 'k_sales' }, time: { to: 'quarter', method: 'even' }, dryRun: true });
    expect(amount.body.error.details?.[0]?.pointer).toBe('/root/amount');
  });

  it('lets admins and the managers of the department decompose, nobody else', async () => {
    expect((await decompose(as('li'), sales({ dryRun: true }))).status).toBe(403);
    expect((await decompose(as('westBoss'), sales({ dryRun: true }))).status).toBe(403);
    expect((await decompose(as('westBoss'), sales({ dryRun: false }))).status).toBe(403);
    expect((await decompose(as('boss'), { ...sales({ dryRun: true }), root: { period: '2026-11', amount: 1, metric: 'k_sales' } })).status).toBe(403);
    expect((await decompose(as('boss'), { ...sales({ dryRun: true }), root: { period: '2026-11', amount: 1, metric: 'k_sales', department: id('eastSub') } })).status).toBe(200);
  });

  it('applies: one record per node through the record path, and replacing them needs a reason', async () => {
    const applied = await decompose(as('boss'), sales());
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ dryRun: false, created: 3, replaced: 0 });
    const formId = applied.body.formId ?? '';
    ids['targets'] = formId;
    const records = await targetsOf(formId, 'k_sales');
    expect(records).toHaveLength(3);
    const root = records.find((record) => record.data['tgt_level'] === 'department');
    expect(root?.data).toMatchObject({ tgt_period: '2026-11', tgt_department: id('east'), tgt_amount: 2_000_000 });
    expect(root?.data['tgt_parent']).toBeUndefined(); // empty values are not stored
    const li = records.find((record) => record.data['tgt_person'] === id('li'));
    expect(li?.data).toMatchObject({ tgt_level: 'person', tgt_department: id('east'), tgt_amount: 1_000_000, tgt_parent: root?.id });
    expect(li?.creatorId).toBe(id('boss'));

    const again = await decompose(as('boss'), sales(), { 'accept-language': 'en' });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('reason_required');
    expect(again.body.error.details?.[0]?.pointer).toBe('/reason');
    const replaced = await decompose(as('boss'), sales({ root: { period: '2026-11', amount: 2_400_000, metric: 'k_sales', department: id('east') }, reason: '华东区追加任务' }));
    expect(replaced.status).toBe(201);
    expect(replaced.body).toMatchObject({ created: 0, replaced: 3 });
    expect(await targetsOf(formId, 'k_sales')).toHaveLength(3);
    const history = await admin.get<{ items: { action: string; actorId: string; reason: string | null }[] }>(`/api/records/${li?.id ?? ''}/history`);
    expect(history.body.items.map(({ action, actorId, reason }) => [action, actorId, reason])).toEqual([['create', id('boss'), null], ['update', id('boss'), '华东区追加任务']]);
    // Back to 1,000,000 each for the progress below.
    expect((await decompose(admin, sales({ reason: '恢复' }))).status).toBe(201);
    const forms = await admin.get<{ items: { id: string }[] }>(`/api/apps/${appId}/forms`);
    expect(forms.body.items.filter((form) => form.id === formId)).toHaveLength(1);
  });
});

describe('decomposing a share further', () => {
  it("keeps a department's share in the company's tree when its manager splits it to people, and asks why only when it changes", async () => {
    const company = await decompose(admin, { root: { period: '2026', amount: 900, metric: 'k_calls' }, org: { to: 'department', method: 'even' }, dryRun: false });
    expect(company.status).toBe(201);
    expect(company.body).toMatchObject({ created: 4, replaced: 0 }); // the company, 华东区, 华西区 and 总部 at 300 each
    expect(company.body.tree).toMatchObject({ key: 'company', label: { 'zh-CN': '全公司', en: 'The company' } });
    const formId = company.body.formId ?? '';
    const eastShare = (await targetsOf(formId, 'k_calls')).find((record) => record.data['tgt_department'] === id('east') && record.data['tgt_level'] === 'department');
    expect(eastShare?.data).toMatchObject({ tgt_amount: 300, tgt_parent: company.body.recordIds?.[0] });

    const further = (amount: number, extra: Record<string, unknown> = {}) =>
      decompose(as('boss'), { root: { period: '2026', amount, metric: 'k_calls', department: id('east') }, org: { to: 'person', method: 'even' }, dryRun: false, ...extra }, { 'accept-language': 'en' });
    const people = await further(300);
    expect(people.status).toBe(201);
    expect(people.body).toMatchObject({ created: 2, replaced: 0 });
    expect(people.body.recordIds?.[0]).toBe(eastShare?.id);
    const stored = await targetsOf(formId, 'k_calls');
    expect(stored).toHaveLength(6);
    const east = stored.find((record) => record.id === eastShare?.id);
    expect(east?.data).toMatchObject({ tgt_amount: 300, tgt_parent: company.body.recordIds?.[0], tgt_rule: eastShare?.data['tgt_rule'] });
    expect(stored.filter((record) => record.data['tgt_level'] === 'person').map((record) => [record.data['tgt_person'], record.data['tgt_amount'], record.data['tgt_parent']]).sort()).toEqual(
      [
        [id('li'), 150, eastShare?.id],
        [id('han'), 150, eastShare?.id],
      ].sort(),
    );
    const untouched = await admin.get<{ items: { action: string }[] }>(`/api/records/${eastShare?.id ?? ''}/history`);
    expect(untouched.body.items.map(({ action }) => action)).toEqual(['create']);

    // A changed share replaces it — with a reason — and it stays under the company, which now shows the difference.
    expect((await further(400)).body.error.code).toBe('reason_required');
    const raised = await further(400, { reason: '华东区追加任务' });
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({ created: 0, replaced: 3 });
    const after = (await targetsOf(formId, 'k_calls')).find((record) => record.id === eastShare?.id);
    expect(after?.data).toMatchObject({ tgt_amount: 400, tgt_parent: company.body.recordIds?.[0], tgt_reason: '华东区追加任务' });
  });
});

describe('progress and laggards', () => {
  it('pro-rates each target to today and reads the actuals of the scoring item of the same key', async () => {
    const response = await admin.get<Progress>(`/api/apps/${appId}/targets/progress?period=2026-11&metric=k_sales`);
    expect(response.status).toBe(200);
    expect(response.body.today).toBe('2026-11-15');
    expect(response.body.actualSource).toEqual({ schemeId: id('scheme'), itemId: 'k_sales' });
    expect(response.body.people.map(({ personId, target, actual, due, share }) => [personId, target, actual, due, share]).sort()).toEqual(
      [
        [id('li'), 1_000_000, 500_000, 500_000, 1],
        [id('han'), 1_000_000, 100_000, 500_000, 0.2],
      ].sort(),
    );
  });

  it("keeps to the viewer's scope", async () => {
    const own = await as('li').get<Progress>(`/api/apps/${appId}/targets/progress?period=2026-11&metric=k_sales`);
    expect(own.body.people.map(({ personId }) => personId)).toEqual([id('li')]);
    const other = await as('westBoss').get<Progress>(`/api/apps/${appId}/targets/progress?period=2026-11&metric=k_sales`);
    expect(other.body.people).toEqual([]);
  });

  it('lists the people below a share of their pro-rated target for their managers, from day n', async () => {
    const behind = await as('boss').get<Laggards>(`/api/apps/${appId}/targets/laggards?period=2026-11&metric=k_sales&share=0.8&day=10`);
    expect(behind.status).toBe(200);
    expect(behind.body).toMatchObject({ checked: true, dayOfPeriod: 15 });
    expect(behind.body.laggards.map(({ personId, due, shortfall, share }) => [personId, due, shortfall, share])).toEqual([[id('han'), 500_000, 400_000, 0.2]]);
    const early = await as('boss').get<Laggards>(`/api/apps/${appId}/targets/laggards?period=2026-11&metric=k_sales&share=0.8&day=20`);
    expect(early.body).toMatchObject({ checked: false, laggards: [] });
    expect((await as('westBoss').get<Laggards>(`/api/apps/${appId}/targets/laggards?period=2026-11&metric=k_sales`)).body.laggards).toEqual([]);
    expect((await as('li').get(`/api/apps/${appId}/targets/laggards?period=2026-11&metric=k_sales`)).status).toBe(403);
    const bad = await as('boss').get<Envelope>(`/api/apps/${appId}/targets/laggards?period=2026-11&metric=k_sales&share=2`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.[0]?.pointer).toBe('/share');
  });
});

describe('all or nothing', () => {
  it('writes none of a decomposition when one of its records fails midway', async () => {
    const formId = id('targets');
    const form = await admin.get<{ published: { schema: FormSchema } }>(`/api/forms/${formId}`);
    const schema = form.body.published.schema;
    // December's target is refused by the form's own rule: the third record of four.
    await republish(admin, formId, { ...schema, rules: { validations: [{ id: 'r_no_december', assert: { '!=': [{ var: 'tgt_period' }, '2026-12'] }, message: { 'zh-CN': '十二月不设目标', en: 'No targets in December' } }] } });
    const response = await decompose(admin, { root: { period: '2026-Q4', amount: 3_000_000, metric: 'k_visits' }, time: { to: 'month', method: 'even' }, dryRun: false }, { 'accept-language': 'en' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('targets_rejected');
    expect(response.body.error.details?.map(({ pointer }) => pointer)).toEqual(['/records/3']);
    expect(await targetsOf(formId, 'k_visits')).toEqual([]);
  });
});
