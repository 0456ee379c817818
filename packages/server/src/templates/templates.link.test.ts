import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

// #15: the performance template's scheme reads the CRM's 跟进记录 and 合同 when both are
// installed, whichever came first. Installs without sample data, to stay quick on PostgreSQL.

interface InstallView {
  app: { id: string; name: string };
  forms: { key: string; id: string }[];
  documents: { kind: string; key: string; id: string }[];
  links: { app: { id: string; name: string }; scoring: { id: string; key: string; version: number }; reads: { id: string; name: string; template: string } }[];
  scoreRuns: { schemeId: string; period: string; runId: string; people: number }[];
}
interface SchemeView {
  version: number;
  schema: { items: { id: string; source: { formId: string }; target?: { kind: string; formId?: string } }[] };
}
interface DocumentView {
  published: SchemeView | null;
  draft: Record<string, unknown>;
}
interface RunView {
  people: { personId: string; items: { itemId: string; actual: number | string | null; points: number }[] }[];
}

let server: TestServer;
let admin: TestClient;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
}, 60_000);
afterAll(() => server.close());

const install = async (template: 'crm' | 'performance'): Promise<InstallView> => {
  const response = await admin.post<InstallView>(`/api/templates/${template}/install`, { sampleData: false });
  expect(response.status).toBe(201);
  return response.body;
};
const formOf = (installed: InstallView, key: string): string => installed.forms.find((form) => form.key === key)?.id ?? `no form ${key}`;
const schemeOf = (installed: InstallView): string => installed.documents.find((document) => document.kind === 'scoring')?.id ?? 'no scheme';
const publishedBy = async (client: TestClient, schemeId: string): Promise<SchemeView> => {
  const scheme = (await client.get<DocumentView>(`/api/scorings/${schemeId}`)).body.published;
  if (!scheme) throw new Error(`${schemeId} is not published`);
  return scheme;
};
const published = (schemeId: string): Promise<SchemeView> => publishedBy(admin, schemeId);
const sourcesOf = (scheme: SchemeView): Record<string, string> => Object.fromEntries(scheme.schema.items.map((item) => [item.id, item.source.formId]));

describe('the performance scheme and the CRM (#15)', () => {
  let performance: InstallView;
  let crm: InstallView;

  it('installed alone, the performance scheme reads its own activity forms', async () => {
    performance = await install('performance');
    expect(performance.links).toEqual([]);
    const scheme = await published(schemeOf(performance));
    expect(scheme.version).toBe(1);
    expect(sourcesOf(scheme)).toMatchObject({ k_amount: formOf(performance, 'signings'), k_visits: formOf(performance, 'visits'), k_orders: formOf(performance, 'signings') });
  });

  it("installing the CRM after it points the scheme at the CRM's 跟进记录 and 合同, as version 2", async () => {
    crm = await install('crm');
    expect(crm.links).toEqual([
      { app: { id: performance.app.id, name: '销售绩效管理' }, scoring: { id: schemeOf(performance), key: 'salesKpi', version: 2 }, reads: { id: crm.app.id, name: crm.app.name, template: 'crm' } },
    ]);
    const scheme = await published(schemeOf(performance));
    expect(scheme.version).toBe(2);
    expect(sourcesOf(scheme)).toEqual({
      k_amount: formOf(crm, 'contracts'),
      k_visits: formOf(crm, 'followUps'),
      k_follow_ups: formOf(crm, 'followUps'),
      k_orders: formOf(crm, 'contracts'),
      k_exam: formOf(performance, 'evaluations'),
      k_satisfaction: formOf(performance, 'evaluations'),
      // The CRM's 回款, observed beside the scored items (weight 0).
      k_payments: formOf(crm, 'payments'),
    });
    // Targets stay the performance app's own.
    expect(scheme.schema.items.find((item) => item.id === 'k_amount')?.target).toMatchObject({ kind: 'form', formId: formOf(performance, 'targets') });
  });

  it("moves a rep's score when they log an effective visit, and when a contract they submit in the CRM is approved — not before", async () => {
    const { user: manager, client: managerClient } = await server.createUser({ role: 'member', name: '区域经理' });
    const { user: accountant, client: financeClient } = await server.createUser({ role: 'member', name: '财务' });
    expect((await admin.patch('/api/roles/finance', { memberIds: [accountant.id] })).status).toBe(200);
    const department = await admin.post<{ id: string }>('/api/departments', { name: '华东大区', managerId: manager.id });
    expect(department.status).toBe(201);
    const { user: rep, client } = await server.createUser({ role: 'member', name: '销售代表', departmentId: department.body.id });
    const period = '2025-01'; // the test clock's month, in Shanghai
    const run = async (): Promise<Record<string, { actual: number | string | null; points: number }>> => {
      expect((await admin.post(`/api/scorings/${schemeOf(performance)}/runs`, { period })).status).toBe(201);
      // The POST answers a summary; the sheet is read back.
      const response = await admin.get<RunView>(`/api/scorings/${schemeOf(performance)}/runs/${period}`);
      expect(response.status).toBe(200);
      const sheet = response.body.people.find((person) => person.personId === rep.id);
      return Object.fromEntries((sheet?.items ?? []).map((item) => [item.itemId, { actual: item.actual, points: item.points }]));
    };
    const before = await run();
    expect(before['k_visits']?.points).toBe(0);
    expect(before['k_orders']?.points).toBe(0);

    const submit = async (key: string, data: Record<string, unknown>): Promise<string> => {
      const response = await client.post<{ id: string }>(`/api/forms/${formOf(crm, key)}/records`, { data });
      expect(response.status, `${key}: ${JSON.stringify(response.body)}`).toBe(201);
      return response.body.id;
    };
    const customer = await submit('customers', { f_customer_name: '上海联测电子有限公司', f_grade: 'A', f_industry: 'manufacturing', f_source: 'referral', f_region: 'east', f_status: 'following' });
    const opportunity = await submit('opportunities', { f_opportunity_name: '产线数字化', f_customer: customer, f_stage: 'won', f_amount: 120_000, f_expected_close: '2025-01-05', f_product_line: 'platform', f_won_date: '2025-01-05' });
    const followUp = { f_opportunity: opportunity, f_customer: customer, f_follow_type: 'visit', f_follow_time: '2025-01-06T10:00:00+08:00', f_checkin: { lat: 31.23, lng: 121.47, address: '上海市浦东新区' }, f_content: '现场演示产线数字化方案' };
    await submit('followUps', { ...followUp, f_effective: 'yes' });
    await submit('followUps', { ...followUp, f_follow_type: 'phone', f_effective: 'no' });
    const contract = await submit('contracts', { f_contract_name: '产线数字化合同', f_opportunity: opportunity, f_customer: customer, f_amount: 120_000, f_sign_date: '2025-01-06', f_product_line: 'platform', f_payment_terms: 'once' });

    const submitted = await run();
    expect(submitted['k_visits']?.actual).toBe(1); // the phone call is no visit
    expect(submitted['k_follow_ups']?.actual).toBe(2);
    // Waiting for its approvals (主管审批, then 财务会签), the contract does not count yet.
    expect(submitted['k_orders']).toEqual(before['k_orders']);
    expect(submitted['k_amount']).toEqual(before['k_amount']);

    type Inbox = { items: { task: { id: string } | null; flow: { recordId: string } }[] };
    for (const approver of [managerClient, financeClient]) {
      const todo = await approver.get<Inbox>(`/api/tasks?box=todo&formId=${formOf(crm, 'contracts')}`);
      const task = todo.body.items.find((item) => item.flow.recordId === contract)?.task;
      expect(task).toBeTruthy();
      expect((await approver.post(`/api/tasks/${task?.id ?? ''}/approve`, {})).status).toBe(200);
    }
    const approved = await run();
    expect(approved['k_orders']).toEqual({ actual: 1, points: 10 });
    expect(approved['k_amount']?.actual).toBe(120_000);

    // 回款 is observed, never scored: a payment counts once finance confirms it arrived (回款确认 approved), and moves no points.
    const payment = await submit('payments', { f_contract: contract, f_customer: customer, f_amount: 50_000, f_payment_date: '2025-01-08', f_installment: 1, f_method: 'transfer' });
    const registered = await run();
    expect(registered['k_payments']).toEqual({ actual: 0, points: 0 });
    const confirmation = (await financeClient.get<Inbox>(`/api/tasks?box=todo&formId=${formOf(crm, 'payments')}`)).body.items.find((item) => item.flow.recordId === payment)?.task;
    expect(confirmation).toBeTruthy();
    expect((await financeClient.post(`/api/tasks/${confirmation?.id ?? ''}/approve`, {})).status).toBe(200);
    const collected = await run();
    expect(collected['k_payments']).toEqual({ actual: 50_000, points: 0 });
    const total = (sheet: Record<string, { points: number }>): number => Object.values(sheet).reduce((sum, item) => sum + item.points, 0);
    expect(total(collected)).toBe(total(approved));
  });

  it('a second CRM leaves the linked scheme alone; a new performance app reads the newest CRM', async () => {
    server.clock.advance(60_000); // apps made in the same millisecond have no newest
    const second = await install('crm');
    expect(second.links).toEqual([]);
    expect((await published(schemeOf(performance))).version).toBe(2);
    const next = await install('performance');
    expect(next.links).toEqual([{ app: { id: next.app.id, name: '销售绩效管理' }, scoring: { id: schemeOf(next), key: 'salesKpi', version: 2 }, reads: { id: second.app.id, name: second.app.name, template: 'crm' } }]);
    expect(sourcesOf(await published(schemeOf(next)))).toMatchObject({ k_amount: formOf(second, 'contracts'), k_visits: formOf(second, 'followUps'), k_exam: formOf(next, 'evaluations') });
  });

  it("with sample data, last month's run is stored at the install and recomputed over the CRM when the CRM comes after", async () => {
    const fresh = await startTestServer();
    try {
      const admin2 = await fresh.loginAsAdmin();
      const installed = (await admin2.post<InstallView>('/api/templates/performance/install', { sampleData: true })).body;
      const schemeId = schemeOf(installed);
      const period = '2024-12'; // the month before the test clock's, in Shanghai
      expect(installed.scoreRuns).toEqual([{ schemeId, period, runId: expect.any(String) as unknown, people: expect.any(Number) as unknown }]);
      const first = await fresh.context.stores.scoreRuns.latest(schemeId, period);
      expect(first?.schemeVersion).toBe(1);
      // Read from the performance app's own 签约记录: someone signed last month.
      const signed = (run: typeof first): number => ((run?.sheet as RunView | undefined)?.people ?? []).reduce((sum, person) => sum + Number(person.items.find((item) => item.itemId === 'k_amount')?.actual ?? 0), 0);
      expect(signed(first)).toBeGreaterThan(0);

      const crm2 = (await admin2.post<InstallView>('/api/templates/crm/install', { sampleData: false })).body;
      expect(crm2.links.map((link) => link.scoring.id)).toEqual([schemeId]);
      expect(crm2.scoreRuns).toEqual([{ schemeId, period, runId: expect.any(String) as unknown, people: installed.scoreRuns[0]?.people }]);
      const history = await fresh.context.stores.scoreRuns.history(schemeId, period);
      expect(history.map((run) => run.schemeVersion)).toEqual([2, 1]);
      // Now it reads the new CRM's 合同, which are none.
      expect(signed(await fresh.context.stores.scoreRuns.latest(schemeId, period))).toBe(0);
      // An install without sample data computes no run a scheme did not have.
      expect((await admin2.post<InstallView>('/api/templates/performance/install', { sampleData: false })).body.scoreRuns).toEqual([]);
    } finally {
      await fresh.close();
    }
  }, 240_000);

  it('a scheme an admin has edited since its install is not switched', async () => {
    const fresh = await startTestServer();
    try {
      const admin2 = await fresh.loginAsAdmin();
      const installed = (await admin2.post<InstallView>('/api/templates/performance/install', { sampleData: false })).body;
      const schemeId = schemeOf(installed);
      const draft = (await admin2.get<DocumentView>(`/api/scorings/${schemeId}`)).body.draft;
      const saved = await admin2.put(`/api/scorings/${schemeId}`, { schema: { ...draft, title: '销售月度绩效考核（华东）' } });
      expect(saved.status).toBe(200);
      const crm2 = (await admin2.post<InstallView>('/api/templates/crm/install', { sampleData: false })).body;
      expect(crm2.links).toEqual([]);
      const scheme = await publishedBy(admin2, schemeId);
      expect(scheme.version).toBe(1);
      expect(sourcesOf(scheme)['k_visits']).toBe(formOf(installed, 'visits'));
    } finally {
      await fresh.close();
    }
  });
});
