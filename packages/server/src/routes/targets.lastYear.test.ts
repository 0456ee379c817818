import type { FieldDefinition, FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishNewForm, type PageBody } from '../records/testing/publishForm.js';
import type { TestClient } from '../testing/TestClient.js';
import { TestClock } from '../testing/TestClock.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

// Targets from last year (#13), over HTTP on both databases: quarters and months shared by last
// year's actuals of the metric (the scoring item's source, one grouped query), and a target set as
// growth over last year's actual of the same period — the dry run saying which rule made each value;
// and the actual of every stored target (the tree's bars), from the same grouped query.

let server: TestServer;
let admin: TestClient;
let appId: string;
const ids: Record<string, string> = {};
const clients: Record<string, TestClient> = {};

interface Node {
  key: string;
  value: number;
  rule: { code: string; text: { 'zh-CN': string; en: string } };
  children?: Node[];
}
interface Answer {
  tree: Node;
  error: { code: string; details: { pointer: string; code: string; message: string }[] | null };
}

const decompose = (body: Record<string, unknown>) => admin.post<Answer>(`/api/apps/${appId}/targets/decompose`, { dryRun: true, ...body });

beforeAll(async () => {
  server = await startTestServer({ clock: new TestClock(Date.UTC(2026, 10, 15, 4, 0, 0)) });
  admin = await server.loginAsAdmin();
  ids['east'] = (await admin.post<{ id: string }>('/api/departments', { name: '华东区' })).body.id;
  ids['eastSub'] = (await admin.post<{ id: string }>('/api/departments', { name: '华东一组', parentId: ids['east'] })).body.id;
  ids['west'] = (await admin.post<{ id: string }>('/api/departments', { name: '华西区' })).body.id;
  for (const [key, department] of [['li', 'east'], ['han', 'eastSub'], ['wu', 'west']] as const) {
    const created = await server.createUser({ username: key, role: 'member', departmentId: ids[department] ?? '' });
    ids[key] = created.user.id;
    clients[key] = created.client;
  }
  appId = (await admin.post<{ id: string }>('/api/apps', { name: '销售' })).body.id;
  const fields: FieldDefinition[] = [{ id: 'f_owner', type: 'member', label: '销售' }, { id: 'f_signed', type: 'date', label: '签约日期' }, { id: 'f_amount', type: 'money', label: '金额' }];
  const contracts: FormSchema = { kind: 'form', schemaVersion: 1, title: '合同', fields };
  const contractsId = await publishNewForm(admin, contracts, appId);
  // Last year's Q4: October 100 (li), November 300 (li) + 100 (han), December nothing; 华西's wu 50 in September. This year's do not count.
  const contractsSigned: [string, string, number][] = [['li', '2025-10-08', 100], ['li', '2025-11-20', 300], ['han', '2025-11-02', 100], ['wu', '2025-09-30', 50], ['li', '2026-10-01', 9_999]];
  for (const [owner, signed, amount] of contractsSigned) {
    expect((await admin.post(`/api/forms/${contractsId}/records`, { data: { f_owner: ids[owner], f_signed: signed, f_amount: amount } })).status).toBe(201);
  }
  const scheme = {
    kind: 'scoring',
    schemaVersion: 2,
    title: '销售月度考核',
    period: 'month',
    items: [{ id: 'k_sales', name: '签约金额', weight: 100, source: { kind: 'aggregate', formId: contractsId, aggregate: 'sum', field: 'f_amount', personField: 'f_owner', dateField: 'f_signed' }, target: { kind: 'fixed', value: 1_000 }, method: { kind: 'ratio' } }],
  };
  const created = await admin.post<{ id: string }>(`/api/apps/${appId}/scorings`, { schema: scheme });
  expect((await admin.post(`/api/scorings/${created.body.id}/publish`, {}, { headers: { 'if-match': '"1"' } })).status).toBe(200);
});
afterAll(() => server.close());

describe("targets from last year's actuals", () => {
  it("shares a quarter's months by last year's actuals of the same months", async () => {
    const response = await decompose({ root: { period: '2026-Q4', amount: 1_000, metric: 'k_sales' }, time: { to: 'month', method: 'lastYear' } });
    expect(response.status).toBe(200);
    expect(response.body.tree.children?.map((month) => [month.key, month.value, month.rule.code])).toEqual([
      ['2026-10', 200, 'lastYear'],
      ['2026-11', 800, 'lastYear'],
      ['2026-12', 0, 'lastYear'],
    ]);
  });

  it("sets a target as growth over last year's actual of the same period, and the dry run says so", async () => {
    const company = await decompose({ root: { period: '2026-Q4', growth: 20, metric: 'k_sales' }, time: { to: 'month', method: 'even' } });
    expect(company.status).toBe(200);
    expect(company.body.tree.value).toBe(600); // 500 × 1.2
    expect(company.body.tree.rule.code).toBe('growth');
    expect(company.body.tree.rule.text.en).toContain('same period last year (2025-Q4)');
    expect(company.body.tree.rule.text['zh-CN']).toContain('去年同期（2025-Q4）');
    expect(company.body.tree.children?.map((month) => month.value)).toEqual([200, 200, 200]);
    // A department grows from its own people's actuals (华东 and 华东一组: 500; 华西 had none in Q4).
    const west = await decompose({ root: { period: '2026-Q4', growth: 20, metric: 'k_sales', department: ids['west'] }, org: { to: 'person', method: 'even' } });
    expect(west.body.tree.value).toBe(0);
    const east = await decompose({ root: { period: '2026', growth: -10, metric: 'k_sales', department: ids['east'] }, time: { to: 'quarter', method: 'lastYear' } });
    expect(east.body.tree.value).toBe(450); // 2025: li 400 + han 100, less 10 %
    expect(east.body.tree.children?.map((quarter) => quarter.value)).toEqual([0, 0, 0, 450]);
  });

  it('writes the growth rule on the target it made', async () => {
    const applied = await admin.post<{ formId: string }>(`/api/apps/${appId}/targets/decompose`, { root: { period: '2026-Q4', growth: 20, metric: 'k_sales' }, time: { to: 'month', method: 'lastYear' }, dryRun: false });
    expect(applied.status).toBe(201);
    const page = await admin.get<PageBody>(`/api/forms/${applied.body.formId}/records?limit=100`);
    // Stored in both languages (engine's storedRuleText): the Chinese, then the English.
    expect(page.body.items.find((record) => record.data['tgt_period'] === '2026-Q4')?.data['tgt_rule']).toMatch(/^去年同期（2025-Q4）.* ‖ en: same period last year \(2025-Q4\)/);
    expect(page.body.items.find((record) => record.data['tgt_period'] === '2026-11')?.data['tgt_amount']).toBe(480);
  });

  it('refuses growth with an amount, growth of a week, and a metric with no source of actuals', async () => {
    const both = await decompose({ root: { period: '2026-Q4', amount: 1, growth: 20, metric: 'k_sales' }, time: { to: 'month', method: 'even' } });
    expect(both.status).toBe(400);
    expect(both.body.error.details?.[0]).toMatchObject({ pointer: '/root/amount', code: 'amount_or_growth' });
    const week = await decompose({ root: { period: '2026-W48', growth: 20, metric: 'k_sales' }, time: { to: 'day', method: 'even' } });
    expect(week.body.error.details?.[0]).toMatchObject({ pointer: '/root/growth', code: 'no_last_year' });
    const unknown = await decompose({ root: { period: '2026', amount: 100, metric: 'k_none' }, time: { to: 'quarter', method: 'lastYear' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details?.[0]).toMatchObject({ pointer: '/time/method', code: 'no_actuals_source' });
  });
});

describe('the actual of every stored target', () => {
  it("sums the metric's records over each target's period and unit; a person's own only within scope", async () => {
    // The company's 2026-Q4 (from the growth test above) split by month, and 华东's October to its people.
    const split = await admin.post(`/api/apps/${appId}/targets/decompose`, { root: { period: '2026-10', amount: 1_000, metric: 'k_sales', department: ids['east'] }, org: { to: 'person', method: 'even' }, dryRun: false });
    expect(split.status).toBe(201);
    const page = await admin.get<PageBody>(`/api/forms/${(split.body as { formId: string }).formId}/records?limit=100`);
    const recordOf = (period: string, level: string, person?: string) =>
      page.body.items.find((record) => record.data['tgt_period'] === period && record.data['tgt_level'] === level && (person === undefined || record.data['tgt_person'] === person))?.id ?? '';
    const read = async (client: TestClient) => (await client.get<{ source: boolean; actuals: Record<string, number | null> }>(`/api/apps/${appId}/targets/actuals?metric=k_sales`)).body;
    const all = await read(admin);
    expect(all.source).toBe(true);
    expect(all.actuals[recordOf('2026-Q4', 'company')]).toBe(9_999); // li's 2026-10-01 contract; 2025's do not count
    expect(all.actuals[recordOf('2026-10', 'company')]).toBe(9_999);
    expect(all.actuals[recordOf('2026-11', 'company')]).toBe(0);
    expect(all.actuals[recordOf('2026-10', 'department')]).toBe(9_999);
    expect(all.actuals[recordOf('2026-10', 'person', ids['li'])]).toBe(9_999);
    expect(all.actuals[recordOf('2026-10', 'person', ids['han'])]).toBe(0);
    // han sees the team's total and their own, not li's.
    const han = await read(clients['han'] as TestClient);
    expect(han.actuals[recordOf('2026-10', 'department')]).toBe(9_999);
    expect(han.actuals[recordOf('2026-10', 'person', ids['han'])]).toBe(0);
    expect(han.actuals[recordOf('2026-10', 'person', ids['li'])]).toBeNull();
    // A metric without a source of actuals: nulls, and says so.
    const none = await admin.get<{ source: boolean }>(`/api/apps/${appId}/targets/actuals?metric=k_none`);
    expect(none.body.source).toBe(false);
  });
});
