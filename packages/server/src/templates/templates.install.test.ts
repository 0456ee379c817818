import { roundDecimal } from '@formwork/runtime';
import { generateSampleData } from '@formwork/templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormPublishHook } from '../forms/FormPublishHook.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { installTemplate, type TemplateInstallStep } from './installTemplate.js';
import { sampleSeed } from './sampleDataFor.js';

interface InstallView {
  template: string;
  app: { id: string; name: string };
  forms: { key: string; id: string; title: string }[];
  documents: { kind: string; key: string; id: string }[];
  sampleData: {
    departments: { created: number; reused: number };
    users: { created: number; reused: number };
    initialPassword: string | null;
    records: Record<string, number>;
    flows: Record<string, number>;
  } | null;
  links: { app: { id: string }; scoring: { key: string; version: number }; reads: { id: string } }[];
  scoreRuns: { schemeId: string; period: string; runId: string; people: number }[];
}
interface RunView {
  people: {
    personId: string;
    name?: string;
    total: number;
    grade?: string;
    explanation: { 'zh-CN': string; en: string };
    items: { itemId: string; weight: number; actual: number | string | null; target: number | null; points: number; observation?: true; explanation: { 'zh-CN': string; en: string } }[];
  }[];
}
interface TemplateList {
  items: { name: string; title: string; forms: { key: string }[]; workflows: unknown[]; dashboards: unknown[]; sampleData: { records: number; users: number; recordsByForm: Record<string, number> } }[];
}

// A publish hook armed by a test to fail an install midway (the sixth form of the next install).
let failPublishes = 0;
const failingHook: FormPublishHook = {
  name: 'failMidway',
  onPublish: () => {
    if (failPublishes > 0 && --failPublishes === 0) return Promise.reject(new Error('forced failure midway'));
    return Promise.resolve(undefined);
  },
};

let server: TestServer;
let admin: TestClient;

beforeAll(async () => {
  server = await startTestServer({ formPublishHooks: [failingHook] });
  admin = await server.loginAsAdmin();
}, 60_000);
afterAll(() => server.close());

/** Rows per table, to show that a failed install wrote nothing anywhere. */
async function counts(): Promise<Record<string, number>> {
  const tables = ['apps', 'forms', 'documents', 'records', 'users', 'departments', 'org_roles', 'org_role_members'];
  const entries = await Promise.all(tables.map(async (table) => [table, Number(await server.sqlValue(`SELECT count(*) FROM ${table}`))] as const));
  return Object.fromEntries(entries);
}

async function recordCount(formId: string): Promise<number> {
  return Number(await server.sqlValue('SELECT count(*) FROM records WHERE form_id = ?', formId));
}

/** The period name (`2024-11`) of the month `back` months before the one holding `now`, in Shanghai time. */
function monthsBefore(now: number, back: number): string {
  const shanghai = new Date(now + 8 * 3_600_000);
  const serial = shanghai.getUTCFullYear() * 12 + shanghai.getUTCMonth() - back;
  return `${String(Math.floor(serial / 12))}-${String((serial % 12) + 1).padStart(2, '0')}`;
}

/** The generator's counts per form key, at the default scale (what an install writes). */
function expectedCounts(bundle: 'crm' | 'performance'): Record<string, number> {
  const sample = generateSampleData({ seed: sampleSeed, now: server.clock.now(), scale: 1 });
  return Object.fromEntries(Object.entries(sample[bundle]).map(([key, records]) => [key, records.length]));
}

describe('GET /api/templates', () => {
  it('lists both templates with what is inside them, to admins only', async () => {
    const response = await admin.get<TemplateList>('/api/templates');
    expect(response.status).toBe(200);
    const byName = new Map(response.body.items.map((item) => [item.name, item]));
    expect([...byName.keys()]).toEqual(['crm', 'performance']);
    const crm = byName.get('crm');
    expect(crm?.title).toBe('客户关系管理（CRM）');
    expect(crm?.forms.map((form) => form.key)).toContain('customers');
    expect(crm?.workflows.length).toBeGreaterThan(0);
    expect(crm?.dashboards.length).toBeGreaterThan(0);
    expect(crm?.sampleData.records).toBeGreaterThan(1000);
    expect(crm?.sampleData.recordsByForm['customers']).toBe(expectedCounts('crm')['customers']);
    const { client: member } = await server.createUser({ role: 'member' });
    expect((await member.get('/api/templates')).status).toBe(403);
    expect((await member.post('/api/templates/crm/install', { sampleData: false })).status).toBe(403);
  });
});

// Installing with sample data writes thousands of records (each through the record gate): minutes on a busy machine.
const installTimeout = 240_000;

describe('POST /api/templates/:name/install', () => {
  let firstCrm: InstallView;

  it('installs the CRM without sample data: a new app, every form published with links rebound, documents published', async () => {
    const response = await admin.post<InstallView>('/api/templates/crm/install', { sampleData: false });
    expect(response.status).toBe(201);
    firstCrm = response.body;
    expect(firstCrm.app.name).toBe('客户关系管理（CRM）');
    expect(firstCrm.sampleData).toBeNull();
    const formIds = new Set(firstCrm.forms.map((form) => form.id));
    expect(formIds.size).toBe(9);
    for (const form of firstCrm.forms) {
      const stored = await server.context.stores.forms.findById(form.id);
      expect(stored?.appId).toBe(firstCrm.app.id);
      expect(stored?.published?.version).toBe(1);
      expect(await recordCount(form.id)).toBe(0);
    }
    // Each link field names a form of the new app, never a bundle key.
    const opportunities = await server.context.stores.forms.findById(firstCrm.forms.find((form) => form.key === 'opportunities')?.id ?? '');
    const links = JSON.stringify(opportunities?.published?.schema).match(/"formId":"[^"]+"/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(formIds.has(link.slice('"formId":"'.length, -1))).toBe(true);
    // Workflows and dashboards stored and published, reading the new forms.
    expect(firstCrm.documents.map((document) => document.kind).sort()).toEqual(['dashboard', 'workflow', 'workflow', 'workflow']);
    for (const { id, kind } of firstCrm.documents) {
      const document = await server.context.stores.documents.findById(id);
      expect(document?.appId).toBe(firstCrm.app.id);
      expect(document?.published?.version).toBe(1);
      const named = JSON.stringify(document?.published?.schema).match(/"formId":"[^"]+"/g) ?? [];
      for (const reference of named) expect(formIds.has(reference.slice('"formId":"'.length, -1))).toBe(true);
      if (kind === 'workflow') expect(formIds.has(document?.formId ?? '')).toBe(true);
    }
    const apps = await admin.get<{ items: { id: string }[] }>('/api/apps');
    expect(apps.body.items.map((app) => app.id)).toContain(firstCrm.app.id);
  });

  let crmWithData: InstallView;

  it('installs the CRM with sample data: real users, and every generated record written after passing its form', async () => {
    server.clock.advance(60_000); // the newest CRM, which the performance scheme will read (apps made in one millisecond have no order)
    const before = await counts();
    const response = await admin.post<InstallView>('/api/templates/crm/install', { sampleData: true });
    expect(response.status).toBe(201);
    crmWithData = response.body;
    expect(crmWithData.app.id).not.toBe(firstCrm.app.id);
    const sample = crmWithData.sampleData;
    expect(sample?.users).toEqual({ created: 26, reused: 0 });
    expect(sample?.departments).toEqual({ created: 6, reused: 0 });
    expect(sample?.initialPassword).toMatch(/^[A-Za-z2-9]{16}$/);
    // The sample people sign in with the install's password; the director is 销售部's manager.
    const director = await server.login('wu.siyuan', sample?.initialPassword ?? '');
    expect((await director.get('/api/apps')).status).toBe(200);
    const departments = await server.context.stores.departments.list();
    const sales = departments.find((department) => department.name === '销售部');
    const directorUser = (await server.context.stores.users.findCredentials('wu.siyuan'))?.user;
    expect(sales?.managerId).toBe(directorUser?.id);
    // The bundle's roles exist under their keys and the sample people holding them are members,
    // so the 合同 flow's director and finance steps reach real people.
    const roles = (await admin.get<{ items: { id: string; name: string; memberIds: string[] }[] }>('/api/roles')).body.items;
    expect(roles.find((role) => role.id === 'director')).toMatchObject({ name: '销售总监', memberIds: [directorUser?.id] });
    const finance = roles.find((role) => role.id === 'finance');
    expect(finance?.memberIds).toHaveLength(1);
    const financeUser = await server.context.stores.users.findById(finance?.memberIds[0] ?? '');
    expect(financeUser?.departmentId).toBe(departments.find((department) => department.name === '财务部')?.id);
    const contractFlow = crmWithData.documents.find((document) => document.kind === 'workflow' && document.key.includes('contract'));
    const flowSchema = JSON.stringify((await server.context.stores.documents.findById(contractFlow?.id ?? ''))?.published?.schema ?? {});
    expect(flowSchema).toContain('"role":"director"');
    expect(flowSchema).toContain('"role":"finance"');
    // Every record the generator made for each form is there (each went through prepareRecordData).
    const expected = expectedCounts('crm');
    expect(sample?.records).toEqual(expected);
    for (const form of crmWithData.forms) expect(await recordCount(form.id)).toBe(expected[form.key] ?? 0);
    const after = await counts();
    expect(after['records']).toBe((before['records'] ?? 0) + Object.values(expected).reduce((sum, count) => sum + count, 0));
  }, installTimeout);

  it('rebinds links to records of the new app, fills lookups and keeps who entered each record and when', async () => {
    const formIdOf = (key: string): string => crmWithData.forms.find((form) => form.key === key)?.id ?? '';
    const stores = server.context.stores;
    const allContacts = await server.sql<{ id: string }>('SELECT id FROM records WHERE form_id = ?', formIdOf('contacts'));
    const contactIds = allContacts.filter((_, index) => index % 20 === 0);
    expect(contactIds.length).toBeGreaterThan(20);
    const creators = new Set<string>();
    const times = new Set<number>();
    for (const { id } of contactIds) {
      const contact = await stores.records.findById(id);
      const customerId = contact?.data['f_customer'];
      expect(typeof customerId).toBe('string');
      const customer = await stores.records.findById(customerId as string);
      expect(customer?.formId).toBe(formIdOf('customers'));
      // The looked-up grade is the linked customer's.
      expect(contact?.data['f_customer_grade']).toEqual(customer?.data['f_grade']);
      creators.add(contact?.creatorId ?? '');
      times.add(contact?.createdAt ?? 0);
    }
    expect(creators.size).toBeGreaterThan(1);
    expect(creators.has((await stores.users.findCredentials('admin'))?.user.id ?? '')).toBe(false);
    expect(times.size).toBeGreaterThan(10);
    // A payment's contract is a contract of this app.
    const payment = (await server.sql<{ id: string }>('SELECT id FROM records WHERE form_id = ? LIMIT 1', formIdOf('payments')))[0];
    const contractId = (await stores.records.findById(payment?.id ?? ''))?.data['f_contract'];
    expect((await stores.records.findById(contractId as string))?.formId).toBe(formIdOf('contracts'));
  });

  it('starts the flows the sample awaits: the director holds each 合同 over 50万, the managers the others, finance the 待确认 回款; no other record has one', async () => {
    const sample = generateSampleData({ seed: sampleSeed, now: server.clock.now(), scale: 1 });
    const waiting = (key: string) => (sample.crm[key] ?? []).filter((record) => record.awaitingApproval === true);
    const formIdOf = (key: string): string => crmWithData.forms.find((form) => form.key === key)?.id ?? '';
    const expectedFlows = Object.fromEntries(['contracts', 'payments', 'quotes'].map((key) => [key, waiting(key).length] as const).filter(([, count]) => count > 0));
    expect(crmWithData.sampleData?.flows).toEqual(expectedFlows);
    expect(waiting('payments').length).toBeGreaterThan(0);
    // In flight exactly on the records whose status says they wait; every other record of the app has no flow.
    const statusOf: Record<string, readonly [string, string]> = { contracts: ['f_contract_status', 'approving'], payments: ['f_confirmed', 'pending'], quotes: ['f_quote_status', 'draft'] };
    for (const form of crmWithData.forms) {
      const flows = await server.sql<{ record_id: string; status: string; initiator_id: string }>('SELECT record_id, status, initiator_id FROM flow_instances WHERE form_id = ?', form.id);
      expect(flows.length, form.key).toBe(waiting(form.key).length);
      for (const flow of flows) {
        const record = await server.context.stores.records.findById(flow.record_id);
        const [field, value] = statusOf[form.key] ?? ['', ''];
        expect(flow.status).toBe('in_progress');
        expect(record?.data[field]).toBe(value);
        expect(flow.initiator_id).toBe(record?.ownerId);
      }
    }
    // The approvers' inboxes hold them.
    const password = crmWithData.sampleData?.initialPassword ?? '';
    const todo = async (username: string, key: string): Promise<number> => (await (await server.login(username, password)).get<{ todo: number }>(`/api/tasks/counts?formId=${formIdOf(key)}`)).body.todo;
    const large = waiting('contracts').filter((record) => Number(record.data['f_amount']) > 500_000).length;
    expect(await todo('wu.siyuan', 'contracts')).toBe(large);
    // Whatever the install's day the director has one (ensureApprovalsInFlight): exactly the sample's contract over 50万 in flight.
    const [largeContract] = waiting('contracts').filter((record) => Number(record.data['f_amount']) > 500_000);
    expect(large).toBe(1);
    const stored = (await server.sql<{ id: string }>('SELECT id FROM records WHERE form_id = ?', formIdOf('contracts'))).map((row) => row.id);
    const storedLarge: string[] = [];
    for (const id of stored) {
      const data = (await server.context.stores.records.findById(id))?.data;
      if (data?.['f_contract_name'] === largeContract?.data['f_contract_name'] && data?.['f_sign_date'] === largeContract?.data['f_sign_date']) storedLarge.push(id);
    }
    expect(storedLarge).toHaveLength(1);
    const director = await server.login('wu.siyuan', password);
    const inbox = (await director.get<{ items: { task: { recordId: string } | null }[] }>(`/api/tasks?box=todo&formId=${formIdOf('contracts')}`)).body.items;
    expect(inbox.map((item) => item.task?.recordId)).toEqual(storedLarge);
    expect(await todo('zhang.qiang', 'payments')).toBe(waiting('payments').length);
    const departments = await server.context.stores.departments.list();
    const managers = await Promise.all(departments.filter((department) => department.name.endsWith('大区')).map(async (department) => (await server.context.stores.users.findById(department.managerId ?? ''))?.username ?? ''));
    expect(managers).toHaveLength(3);
    const atManagers = await Promise.all(managers.map((username) => todo(username, 'contracts')));
    expect(atManagers.reduce((sum, count) => sum + count, 0)).toBe(waiting('contracts').length - large);
    // A regional manager has a smaller contract, and one holds a quote over 15 % (both whatever the day).
    expect(waiting('contracts').length - large).toBeGreaterThanOrEqual(1);
    expect(waiting('quotes').length).toBeGreaterThanOrEqual(1);
    expect((await Promise.all(managers.map((username) => todo(username, 'quotes')))).reduce((sum, count) => sum + count, 0)).toBe(waiting('quotes').length);
  }, installTimeout);

  it('runs the CRM 合同 flow with the sample team: over 50万 a rep’s contract waits at the 销售总监 role, then at 财务', async () => {
    const password = crmWithData.sampleData?.initialPassword ?? '';
    const rep = await server.login('zhu.lei', password);
    const repUser = (await server.context.stores.users.findCredentials('zhu.lei'))?.user;
    const contractsId = crmWithData.forms.find((form) => form.key === 'contracts')?.id ?? '';
    // One of the rep's own sample contracts, as a new one: links to the rep's own customer and deal.
    const own = (await server.sql<{ id: string }>('SELECT id FROM records WHERE form_id = ? AND creator_id = ? LIMIT 1', contractsId, repUser?.id ?? ''))[0];
    const data: Record<string, unknown> = { ...(await server.context.stores.records.findById(own?.id ?? ''))?.data, f_amount: 600_000 };
    for (const derived of ['f_contract_no', 'f_large', 'f_scan']) delete data[derived];
    const submitted = await rep.post<{ id: string; flow?: { state: string; nodes: { name: string }[] } }>(`/api/forms/${contractsId}/records`, { data });
    expect(submitted.status).toBe(201);
    expect(submitted.body.flow?.nodes.map((node) => node.name)).toEqual(['销售总监审批']);

    type Inbox = { items: { task: { id: string } | null; flow: { recordId: string } }[] };
    const taskOn = async (username: string) => {
      const client = await server.login(username, password);
      const todo = await client.get<Inbox>(`/api/tasks?box=todo&formId=${contractsId}`);
      return { client, task: todo.body.items.find((item) => item.flow.recordId === submitted.body.id)?.task ?? null };
    };
    const director = await taskOn('wu.siyuan');
    expect(director.task).not.toBeNull();
    expect((await taskOn('zhang.qiang')).task).toBeNull();
    expect((await director.client.post(`/api/tasks/${director.task?.id ?? ''}/approve`, { comment: '同意' })).status).toBe(200);
    const finance = await taskOn('zhang.qiang');
    expect(finance.task).not.toBeNull();
    expect((await finance.client.post(`/api/tasks/${finance.task?.id ?? ''}/approve`, {})).status).toBe(200);
    const record = await rep.get<{ flow?: { state: string } }>(`/api/records/${submitted.body.id}`);
    expect(record.body.flow?.state).toBe('completed');
  }, installTimeout);

  let performanceWithData: InstallView;

  it('installs the performance template with sample data next to the CRM, reusing its people', async () => {
    const response = await admin.post<InstallView>('/api/templates/performance/install', { sampleData: true });
    expect(response.status).toBe(201);
    performanceWithData = response.body;
    const sample = response.body.sampleData;
    expect(sample?.users).toEqual({ created: 0, reused: 26 });
    expect(sample?.initialPassword).toBeNull();
    // Its scheme reads the newest CRM's 跟进记录 and 合同.
    expect(response.body.links).toEqual([{ app: { id: response.body.app.id, name: '销售绩效管理' }, scoring: expect.objectContaining({ key: 'salesKpi', version: 2 }) as unknown, reads: { id: crmWithData.app.id, name: crmWithData.app.name, template: 'crm' } }]);
    // The director role is the CRM's, reused; HR is new, and goes to the person the CRM created.
    const roles = (await admin.get<{ items: { id: string; name: string; memberIds: string[] }[] }>('/api/roles')).body.items;
    expect(roles.filter((role) => role.name === '销售总监').map((role) => role.id)).toEqual(['director']);
    const hr = roles.find((role) => role.id === 'hr');
    expect(hr?.memberIds).toHaveLength(1);
    expect((await server.context.stores.users.findById(hr?.memberIds[0] ?? ''))?.departmentId).toBe((await server.context.stores.departments.list()).find((department) => department.name === '人力资源部')?.id);
    const expected = expectedCounts('performance');
    expect(sample?.records).toEqual(expected);
    for (const form of response.body.forms) expect(await recordCount(form.id)).toBe(expected[form.key] ?? 0);
    // Targets split from a parent point at a target of this app.
    const targetsId = response.body.forms.find((form) => form.key === 'targets')?.id ?? '';
    const children = await server.sql<{ id: string }>('SELECT id FROM records WHERE form_id = ?', targetsId);
    let linked = 0;
    for (const { id } of children) {
      const parent = (await server.context.stores.records.findById(id))?.data['f_parent'];
      if (typeof parent !== 'string') continue;
      expect((await server.context.stores.records.findById(parent))?.formId).toBe(targetsId);
      linked++;
    }
    expect(linked).toBeGreaterThan(0);
  }, installTimeout);

  it("leaves last month's 考核评估 and 复盘 at each rep's manager, and last month's score run stored: everyone scored and explained", async () => {
    const sample = generateSampleData({ seed: sampleSeed, now: server.clock.now(), scale: 1 });
    const waiting = (key: string) => (sample.performance[key] ?? []).filter((record) => record.awaitingApproval === true);
    expect(performanceWithData.sampleData?.flows).toEqual({ evaluations: 20, reviews: 20, ...(waiting('targets').length > 0 ? { targets: waiting('targets').length } : {}) });
    const password = crmWithData.sampleData?.initialPassword ?? '';
    const formIdOf = (key: string): string => performanceWithData.forms.find((form) => form.key === key)?.id ?? '';
    const departments = await server.context.stores.departments.list();
    const users = await server.context.stores.users.list();
    for (const region of departments.filter((department) => department.name.endsWith('大区'))) {
      const reps = users.filter((user) => user.departmentId === region.id && user.id !== region.managerId).length;
      const manager = await server.login((await server.context.stores.users.findById(region.managerId ?? ''))?.username ?? '', password);
      for (const key of ['evaluations', 'reviews']) expect((await manager.get<{ todo: number }>(`/api/tasks/counts?formId=${formIdOf(key)}`)).body.todo, `${region.name} ${key}`).toBe(reps);
    }

    // Newcomers' next-month targets wait at their managers; every task in flight after both installs is recent (a month at most), none a year old.
    expect(waiting('targets').length).toBe(sample.users.filter((user) => user.repType === 'new').length);
    const opened = await server.sql<{ opened_at: number | string }>("SELECT opened_at FROM flow_tasks WHERE state = 'open'");
    expect(opened.length).toBeGreaterThan(40);
    for (const { opened_at } of opened) expect(server.clock.now() - Number(opened_at)).toBeLessThan(31 * 86_400_000);
    const targetTasks = await server.sql<{ opened_at: number | string }>("SELECT opened_at FROM flow_tasks WHERE state = 'open' AND form_id = ?", formIdOf('targets'));
    expect(targetTasks).toHaveLength(waiting('targets').length);
    for (const { opened_at } of targetTasks) expect(server.clock.now() - Number(opened_at)).toBeLessThan(4 * 86_400_000);

    const schemeId = performanceWithData.documents.find((document) => document.kind === 'scoring')?.id ?? '';
    const period = monthsBefore(server.clock.now(), 1);
    expect(performanceWithData.scoreRuns).toEqual([{ schemeId, period, runId: expect.any(String) as unknown, people: expect.any(Number) as unknown }]);
    const run = await server.context.stores.scoreRuns.latest(schemeId, period);
    expect(run?.id).toBe(performanceWithData.scoreRuns[0]?.runId);
    expect(run?.trial).toBe(false);
    expect(run?.schemeVersion).toBe(2); // the scheme as pointed at the CRM
    expect(await server.context.stores.scoreRuns.confirmations(run?.id ?? '')).toEqual([]);
    const sheet = (await admin.get<RunView>(`/api/scorings/${schemeId}/runs/${period}`)).body;
    // The scheme has no appliesTo: every sample person (finance and HR too) has a sheet.
    const scored = new Set(sheet.people.map((person) => person.personId));
    for (const person of sample.users) expect(scored.has((await server.context.stores.users.findCredentials(person.username))?.user.id ?? ''), person.username).toBe(true);
    expect(performanceWithData.scoreRuns[0]?.people).toBe(sheet.people.length);
    for (const person of sheet.people) {
      expect(Number.isFinite(person.total), person.personId).toBe(true);
      expect(person.explanation['zh-CN']).not.toBe('');
      expect(person.explanation.en).not.toBe('');
      for (const item of person.items) {
        expect(Number.isFinite(item.points)).toBe(true);
        expect(item.explanation['zh-CN'], `${person.personId} ${item.itemId}`).not.toBe('');
        expect(item.explanation.en).not.toBe('');
      }
    }
    // The reps signed something last month: the sheet reads the CRM's approved contracts.
    expect(sheet.people.some((person) => (person.items.find((item) => item.itemId === 'k_amount')?.points ?? 0) > 0)).toBe(true);
  }, installTimeout);

  it("runs the performance bundle's KPI scheme over the CRM's sample data: every rep scored, each sheet adding up and explained", async () => {
    const schemeId = performanceWithData.documents.find((document) => document.kind === 'scoring')?.id ?? '';
    // The second complete month before the clock: its evaluations carry the manager's satisfaction.
    const period = monthsBefore(server.clock.now(), 2);
    expect((await admin.post(`/api/scorings/${schemeId}/runs`, { period })).status).toBe(201);
    // The POST answers a summary; the sheet is read back.
    const response = await admin.get<RunView>(`/api/scorings/${schemeId}/runs/${period}`);
    expect(response.status).toBe(200);
    const sheets = new Map(response.body.people.map((person) => [person.personId, person]));
    const sample = generateSampleData({ seed: sampleSeed, now: server.clock.now(), scale: 1 });
    const idOf = async (username: string): Promise<string> => (await server.context.stores.users.findCredentials(username))?.user.id ?? '';
    const reps = sample.users.filter((user) => user.repType !== undefined);
    expect(reps.length).toBe(20);
    for (const person of response.body.people) {
      expect(person.items.map((item) => item.itemId)).toEqual(['k_amount', 'k_visits', 'k_follow_ups', 'k_orders', 'k_exam', 'k_satisfaction', 'k_payments']);
      expect(person.items.reduce((sum, item) => sum + item.weight, 0)).toBe(100);
      expect(person.total).toBeCloseTo(person.items.reduce((sum, item) => sum + item.points, 0), 6);
      expect(person.explanation['zh-CN']).not.toBe('');
      expect(person.explanation.en).not.toBe('');
      for (const item of person.items) {
        expect(item.explanation['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
        expect(item.explanation.en).toMatch(/[a-z]/);
      }
    }

    // One rep, computed here from the generated records: the one who signed the most that month.
    const inMonth = (value: unknown): boolean => typeof value === 'string' && value.startsWith(period);
    const records = sample.performance;
    const signedBy = (repId: string) => (records['signings'] ?? []).filter((record) => record.data['f_rep'] === repId && inMonth(record.data['f_sign_date']));
    const amountOf = (repId: string): number => signedBy(repId).reduce((sum, record) => sum + Number(record.data['f_amount']), 0);
    const rep = [...reps].sort((a, b) => amountOf(b.id) - amountOf(a.id))[0];
    if (!rep) throw new Error('no reps');
    expect(amountOf(rep.id)).toBeGreaterThan(0);
    // The performance sample's visits and signings mirror the CRM's visits, demos and contracts, which the scheme reads.
    const visits = (records['visits'] ?? []).filter((record) => record.data['f_rep'] === rep.id && inMonth(record.data['f_visit_time']));
    const effective = visits.filter((record) => record.data['f_effective'] === 'yes').length;
    const followUps = (sample.crm['followUps'] ?? []).filter((record) => record.data['f_owner'] === rep.id && inMonth(record.data['f_follow_time'])).length;
    const target = (records['targets'] ?? []).find((record) => record.data['f_person'] === rep.id && record.data['f_period_type'] === 'month' && inMonth(record.data['f_period_start']))?.data;
    const evaluation = (records['evaluations'] ?? []).find((record) => record.data['f_person'] === rep.id && inMonth(record.data['f_period']))?.data;
    const share = (actual: number, of: number, cap: number): number => Math.min((actual / of) * 100, cap);
    const expected = {
      k_amount: 40 * share(amountOf(rep.id), Number(target?.['f_amount_target']), 120) / 100,
      k_visits: 20 * share(effective, Number(target?.['f_visits_target']), 100) / 100,
      k_follow_ups: 10 * share(followUps, 8, 100) / 100,
      k_orders: 10 * share(signedBy(rep.id).length, 1, 100) / 100,
      k_exam: 10 * Number(evaluation?.['f_exam_score'] ?? 0) / 100,
      k_satisfaction: 10 * Number(evaluation?.['f_satisfaction'] ?? 0) / 100,
      k_payments: 0,
    };
    const sheet = sheets.get(await idOf(rep.username));
    expect(sheet?.name).toBe(rep.name);
    const points = Object.fromEntries((sheet?.items ?? []).map((item) => [item.itemId, item.points]));
    expect(points).toEqual(Object.fromEntries(Object.entries(expected).map(([id, value]) => [id, roundDecimal(value, 1)])));
    expect(sheet?.items.find((item) => item.itemId === 'k_amount')?.actual).toBeCloseTo(amountOf(rep.id), 2);
    // 回款 is observed, never scored: the rep's CRM payments finance confirmed, dated in the month, against their 回款目标.
    const paid = (sample.crm['payments'] ?? []).filter((record) => record.data['f_owner'] === rep.id && record.data['f_confirmed'] === 'confirmed' && inMonth(record.data['f_payment_date']));
    expect(paid.length).toBeGreaterThan(0);
    const payments = sheet?.items.find((item) => item.itemId === 'k_payments');
    expect(payments).toMatchObject({ weight: 0, points: 0, observation: true, target: Number(target?.['f_payment_target']) });
    expect(payments?.actual).toBeCloseTo(paid.reduce((sum, record) => sum + Number(record.data['f_amount']), 0), 2);

    // Every rep has a sheet, and effective visits always score.
    for (const each of reps) {
      const scored = sheets.get(await idOf(each.username));
      expect(scored, each.username).toBeDefined();
      const hadEffective = (records['visits'] ?? []).some((record) => record.data['f_rep'] === each.id && record.data['f_effective'] === 'yes' && inMonth(record.data['f_visit_time']));
      const visitPoints = scored?.items.find((item) => item.itemId === 'k_visits')?.points ?? 0;
      expect(visitPoints > 0).toBe(hadEffective);
      expect(['优秀', '良好', '合格', '待改进']).toContain(scored?.grade);
    }
  }, installTimeout);

  it('installs the performance template without sample data', async () => {
    const response = await admin.post<InstallView>('/api/templates/performance/install', { sampleData: false });
    expect(response.status).toBe(201);
    expect(response.body.forms.map((form) => form.key)).toEqual(['targets', 'evaluations', 'points', 'reviews', 'visits', 'signings']);
    for (const form of response.body.forms) expect(await recordCount(form.id)).toBe(0);
  });

  it('installing again makes another app and leaves the first as it was', async () => {
    const firstApp = await server.context.stores.apps.findById(crmWithData.app.id);
    const firstCounts = await Promise.all(crmWithData.forms.map((form) => recordCount(form.id)));
    const firstVersions = await Promise.all(crmWithData.forms.map(async (form) => (await server.context.stores.forms.findById(form.id))?.draftRevision));
    const response = await admin.post<InstallView>('/api/templates/crm/install', { sampleData: true });
    expect(response.status).toBe(201);
    expect(response.body.app.id).not.toBe(crmWithData.app.id);
    expect(response.body.sampleData?.users.created).toBe(0);
    expect(await server.context.stores.apps.findById(crmWithData.app.id)).toEqual(firstApp);
    expect(await Promise.all(crmWithData.forms.map((form) => recordCount(form.id)))).toEqual(firstCounts);
    expect(await Promise.all(crmWithData.forms.map(async (form) => (await server.context.stores.forms.findById(form.id))?.draftRevision))).toEqual(firstVersions);
    // The new app's links point at its own customers, not the first app's.
    const customersId = response.body.forms.find((form) => form.key === 'customers')?.id ?? '';
    const contact = (await server.sql<{ id: string }>('SELECT id FROM records WHERE form_id = ? LIMIT 1', response.body.forms.find((form) => form.key === 'contacts')?.id ?? ''))[0];
    const customerId = (await server.context.stores.records.findById(contact?.id ?? ''))?.data['f_customer'];
    expect((await server.context.stores.records.findById(customerId as string))?.formId).toBe(customersId);
  }, installTimeout);

  it('answers 404 for a template that is not shipped', async () => {
    const response = await admin.post<{ error: { code: string } }>('/api/templates/erp/install', { sampleData: false });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('unknown_template');
  });
});

describe('a failed install leaves nothing behind', () => {
  it('a form publish failing midway (HTTP): no app, form, document or record', async () => {
    const before = await counts();
    failPublishes = 6;
    const response = await admin.post('/api/templates/crm/install', { sampleData: true });
    expect(response.status).toBe(500);
    expect(failPublishes).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('a failure after the records were written: no app, forms, documents, records, users, departments or roles', async () => {
    const server2 = await startTestServer();
    try {
      const admin2 = (await server2.context.stores.users.findCredentials(server2.admin.username))?.user;
      if (!admin2) throw new Error('no admin');
      const snapshot = async () => {
        const tables = ['apps', 'forms', 'form_versions', 'documents', 'records', 'users', 'departments', 'org_roles', 'org_role_members'];
        return Object.fromEntries(await Promise.all(tables.map(async (table) => [table, Number(await server2.sqlValue(`SELECT count(*) FROM ${table}`))] as const)));
      };
      const before = await snapshot();
      const steps: string[] = [];
      await expect(
        installTemplate(server2.context, 'crm', {
          sampleData: true,
          installedBy: admin2,
          afterStep: (step: TemplateInstallStep) => {
            steps.push(step);
            if (step === 'records') throw new Error('forced failure after the records');
          },
        }),
      ).rejects.toThrow('forced failure after the records');
      expect(steps).toEqual(['documents', 'people', 'records']);
      expect(await snapshot()).toEqual(before);
      // And the same install then succeeds: nothing half-made is in its way.
      const installed = await installTemplate(server2.context, 'crm', { sampleData: true, installedBy: admin2 });
      expect(installed.sampleData?.users.created).toBe(26);
    } finally {
      await server2.close();
    }
  }, installTimeout);
});
