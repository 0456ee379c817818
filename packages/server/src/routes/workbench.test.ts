import type { FieldDefinition, FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishNewForm } from '../records/testing/publishForm.js';
import type { TestClient } from '../testing/TestClient.js';
import { TestClock } from '../testing/TestClock.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

// The workbench over HTTP, on both databases, for a rep, their manager, another team's rep and an
// admin: one request gathering to-dos, apps (icon, colour, the forms one fills most), this period's
// score, rank and target progress from the current run, the team's progress and laggards, the
// key dashboard and one's latest records — each in the viewer's scope. Today is 2026-11-20 (day 20
// of 30 in November, so two thirds of a monthly target are due).

interface TargetLine {
  itemId: string;
  name: string;
  actual: number;
  target: number;
  share: number;
}
interface Performance {
  schemeId: string;
  title: string;
  period: string | null;
  current: boolean;
  mine: { total: number; grade: string | null; rank: number | null; of: number; targets: TargetLine[] } | null;
  team: { members: number; targets: TargetLine[] } | null;
  laggards: { personId: string; name: string; share: number }[];
}
interface Workbench {
  today: string;
  tasks: { todo: number; next: { title: string; task: { id: string; kind: string } | null }[] };
  apps: {
    id: string;
    name: string;
    icon: string | null;
    color: string | null;
    forms: { id: string; title: string; canSubmit: boolean; mine: number }[];
    quickForms: string[];
    dashboards: { id: string; title: string }[];
    performance: Performance | null;
  }[];
  recent: { id: string; formId: string; formTitle: string; appId: string; title: string; createdAt: string }[];
}

let server: TestServer;
let admin: TestClient;
let appId: string;
let otherAppId: string;
const forms: Record<string, string> = {};
const ids: Record<string, string> = {};
const clients: Record<string, TestClient> = {};
const passwords: Record<string, string> = {};

const id = (key: string) => ids[key] ?? key;
const as = (key: string): TestClient => {
  const client = clients[key];
  if (!client) throw new Error(`no client ${key}`);
  return client;
};
const form = (title: string, fields: readonly FieldDefinition[]): FormSchema => ({ kind: 'form', schemaVersion: 1, title, fields });
const submit = async (who: string, key: string, data: Record<string, unknown>) => {
  const created = await as(who).post<{ id: string }>(`/api/forms/${forms[key] ?? ''}/records`, { data });
  expect(created.status).toBe(201);
  return created.body.id;
};
const workbench = async (who: string) => {
  const answer = await (who === 'admin' ? admin : as(who)).get<Workbench>('/api/workbench');
  expect(answer.status).toBe(200);
  return answer.body;
};
const sales = (body: Workbench) => {
  const app = body.apps.find((each) => each.id === appId);
  if (!app) throw new Error('the sales app is not on the workbench');
  return app;
};

beforeAll(async () => {
  server = await startTestServer({ clock: new TestClock(Date.UTC(2026, 10, 20, 4, 0, 0)) });
  admin = await server.loginAsAdmin();
  ids['east'] = (await admin.post<{ id: string }>('/api/departments', { name: '华东区' })).body.id;
  ids['west'] = (await admin.post<{ id: string }>('/api/departments', { name: '华西区' })).body.id;
  ids['hq'] = (await admin.post<{ id: string }>('/api/departments', { name: '总部' })).body.id;
  const people: [string, 'member' | 'manager', string][] = [
    ['li', 'member', 'east'],
    ['han', 'member', 'east'],
    ['boss', 'manager', 'hq'],
    ['outsider', 'member', 'west'],
  ];
  for (const [key, role, department] of people) {
    const created = await server.createUser({ username: key, name: key, role, departmentId: id(department) });
    ids[key] = created.user.id;
    clients[key] = created.client;
    passwords[key] = created.password;
  }
  expect((await admin.patch(`/api/departments/${id('east')}`, { managerId: id('boss') })).status).toBe(200);

  appId = (await admin.post<{ id: string }>('/api/apps', { name: '销售', icon: 'target', color: '#2f7cf6' })).body.id;
  forms['visits'] = await publishNewForm(
    admin,
    form('拜访', [
      { id: 'f_title', type: 'text', label: '客户' },
      { id: 'f_rep', type: 'member', label: '销售' },
      { id: 'f_date', type: 'date', label: '日期' },
      { id: 'f_amount', type: 'money', label: '签约金额' },
    ]),
    appId,
  );
  // Forms are listed oldest first (created at the same instant, by id).
  server.clock.advance(1000);
  forms['quotes'] = await publishNewForm(admin, form('报价', [{ id: 'f_title', type: 'text', label: '标题', required: true }]), appId);
  server.clock.advance(1000);
  forms['expenses'] = await publishNewForm(admin, form('报销', [{ id: 'f_title', type: 'text', label: '事由' }]), appId);
  // An app whose only form is the admins': nobody else sees the app at all.
  otherAppId = (await admin.post<{ id: string }>('/api/apps', { name: '人事' })).body.id;
  await publishNewForm(admin, { ...form('入职', [{ id: 'f_title', type: 'text', label: '姓名' }]), settings: { access: { submit: { roles: ['admin'] }, rows: { member: 'own' } } } }, otherAppId);

  // A quote goes to boss for approval (stored as a template would store it).
  const flow = {
    kind: 'workflow',
    schemaVersion: 2,
    title: '报价审批',
    formId: forms['quotes'],
    nodes: [
      { id: 'n_start', type: 'start', name: '发起' },
      { id: 'n_boss', type: 'approval', name: '经理审批', mode: 'any', assignees: [{ kind: 'member', userId: id('boss') }] },
      { id: 'n_end', type: 'end', name: '结束' },
    ],
    edges: [
      { id: 'e1', from: 'n_start', to: 'n_boss' },
      { id: 'e2', from: 'n_boss', to: 'n_end' },
    ],
  };
  const { documents } = server.context.stores;
  const now = server.clock.now();
  const workflow = await documents.create({ id: 'wfl_quote', kind: 'workflow', appId, formId: forms['quotes'] ?? null, draft: flow as never, createdBy: null, createdAt: now });
  await documents.publish(workflow.id, { draftRevision: 1, schema: flow as never, publishedAt: now, publishedBy: null });
  for (const [key, title, published] of [['dsh_morning', '销售晨会', true], ['dsh_draft', '草稿看板', false]] as const) {
    const schema = { kind: 'dashboard', schemaVersion: 1, title, widgets: [] };
    await documents.create({ id: key, kind: 'dashboard', appId, formId: null, draft: schema as never, createdBy: null, createdAt: now });
    if (published) await documents.publish(key, { draftRevision: 1, schema: schema as never, publishedAt: now, publishedBy: null });
  }

  // li: two visits (50万 signed), a quote and nothing else; han: one visit (10万).
  server.clock.advance(1000);
  await submit('li', 'visits', { f_title: '上海东辰科技', f_rep: id('li'), f_date: '2026-11-03', f_amount: 300_000 });
  server.clock.advance(1000);
  await submit('li', 'visits', { f_title: '杭州云启网络', f_rep: id('li'), f_date: '2026-11-12', f_amount: 200_000 });
  server.clock.advance(1000);
  await submit('li', 'quotes', { f_title: '云启 年度服务' });
  await submit('han', 'visits', { f_title: '苏州远帆', f_rep: id('han'), f_date: '2026-11-05', f_amount: 100_000 });

  const scheme = {
    kind: 'scoring',
    schemaVersion: 2,
    title: '月度考核',
    period: 'month',
    precision: 1,
    appliesTo: { departments: [id('east')] },
    items: [
      { id: 'k_amount', name: '签约金额', weight: 60, source: { kind: 'aggregate', formId: forms['visits'], aggregate: 'sum', field: 'f_amount', personField: 'f_rep', dateField: 'f_date' }, target: { kind: 'fixed', value: 1_000_000 }, method: { kind: 'ratio', cap: 120 } },
      { id: 'k_visits', name: '拜访', weight: 40, source: { kind: 'aggregate', formId: forms['visits'], aggregate: 'count', personField: 'f_rep', dateField: 'f_date' }, target: { kind: 'fixed', value: 4 }, method: { kind: 'ratio', cap: 100 } },
    ],
    bands: [{ grade: '良好', min: 40 }, { grade: '待改进', min: 0 }],
  };
  ids['scheme'] = (await admin.post<{ id: string }>(`/api/apps/${appId}/scorings`, { schema: scheme })).body.id;
  expect((await admin.post(`/api/scorings/${id('scheme')}/publish`, {})).status).toBe(200);
});
afterAll(() => server.close());

describe('GET /api/workbench before any run', () => {
  it('shows the scheme without a period, and asks for nothing a rep may not see', async () => {
    const body = await workbench('li');
    expect(body.today).toBe('2026-11-20');
    expect(sales(body).performance).toMatchObject({ schemeId: id('scheme'), title: '月度考核', period: null, mine: null, team: null, laggards: [] });
    expect(body.apps.map((app) => app.id)).toEqual([appId]);
  });

  it('is documented and refused without a session', async () => {
    expect((await server.anonymous().get('/api/workbench')).status).toBe(401);
  });
});

describe('GET /api/workbench with the month computed', () => {
  beforeAll(async () => {
    expect((await admin.post(`/api/scorings/${id('scheme')}/runs`, { period: '2026-11' })).status).toBe(201);
  });

  it("gives a rep their to-dos, the app's icon and colour, quick forms by how often they fill them, their score, rank and targets", async () => {
    const body = await workbench('li');
    expect(body.tasks.todo).toBe(0);
    const app = sales(body);
    expect(app).toMatchObject({ name: '销售', icon: 'target', color: '#2f7cf6' });
    expect(app.forms.map(({ title, mine }) => [title, mine])).toEqual([
      ['拜访', 2],
      ['报价', 1],
      ['报销', 0],
    ]);
    expect(app.quickForms).toEqual([forms['visits'], forms['quotes']]);
    expect(app.dashboards).toEqual([{ id: 'dsh_morning', title: '销售晨会' }]);
    const performance = app.performance;
    expect(performance).toMatchObject({ period: '2026-11', current: true, team: null, laggards: [] });
    // 50万 of 100万 → 30 of 60; 2 of 4 visits → 20 of 40.
    expect(performance?.mine).toEqual({
      total: 50,
      grade: '良好',
      rank: 1,
      of: 2,
      targets: [
        { itemId: 'k_amount', name: '签约金额', actual: 500_000, target: 1_000_000, share: 0.5 },
        { itemId: 'k_visits', name: '拜访', actual: 2, target: 4, share: 0.5 },
      ],
    });
  });

  it("lists a rep's own latest records only, newest first, titled by their first text", async () => {
    const li = await workbench('li');
    expect(li.recent.map(({ title, formTitle }) => [formTitle, title])).toEqual([
      ['报价', '云启 年度服务'],
      ['拜访', '杭州云启网络'],
      ['拜访', '上海东辰科技'],
    ]);
    expect(li.recent.every((record) => record.appId === appId)).toBe(true);
    const han = await workbench('han');
    expect(han.recent.map(({ title }) => title)).toEqual(['苏州远帆']);
    expect(sales(han).performance?.mine).toMatchObject({ rank: 2, of: 2 });
    expect(sales(han).quickForms).toEqual([forms['visits']]);
  });

  it("gives the manager the approval waiting, the team's progress against target and the laggards, without a row of their own", async () => {
    const body = await workbench('boss');
    expect(body.tasks.todo).toBe(1);
    expect(body.tasks.next.map(({ title }) => title)).toEqual(['报价 云启 年度服务']);
    const performance = sales(body).performance;
    expect(performance?.mine).toBeNull();
    expect(performance?.team).toEqual({
      members: 2,
      targets: [
        { itemId: 'k_amount', name: '签约金额', actual: 600_000, target: 2_000_000, share: 0.3 },
        { itemId: 'k_visits', name: '拜访', actual: 3, target: 8, share: 0.375 },
      ],
    });
    // Two thirds of 100万 are due by the 20th: han's 10万 is 15 %, li's 50万 is 75 % — both under 80 %.
    expect(performance?.laggards).toEqual([
      { personId: id('han'), name: 'han', share: 0.15 },
      { personId: id('li'), name: 'li', share: 0.75 },
    ]);
    expect(sales(body).quickForms).toEqual([]);
  });

  it("keeps another team's rep to their own: no score (not scored), no team, nobody else's records", async () => {
    const body = await workbench('outsider');
    expect(body.recent).toEqual([]);
    expect(sales(body).performance).toMatchObject({ period: '2026-11', mine: null, team: null, laggards: [] });
    expect(body.apps.map((app) => app.id)).toEqual([appId]);
  });

  it('gives an admin every app, everyone scored as the team, and the last month once this one has no run', async () => {
    const body = await workbench('admin');
    expect(body.apps.map((app) => app.id)).toEqual([appId, otherAppId]);
    expect(sales(body).performance?.team?.members).toBe(2);
    expect(sales(body).performance?.mine).toBeNull();
    server.clock.advance(15 * 24 * 3600 * 1000);
    admin = await server.loginAsAdmin();
    const december = await workbench('admin');
    expect(december.today).toBe('2026-12-05');
    expect(sales(december).performance).toMatchObject({ period: '2026-11', current: false });
    // A finished month: the whole target is due, so li's 50 % and han's 10 % both lag.
    expect(sales(december).performance?.laggards.map(({ share }) => share)).toEqual([0.1, 0.5]);
  });
});

describe("an app's own quick forms (#15: a rep's daily forms before anything is filled)", () => {
  beforeAll(async () => {
    // The clock moved on a fortnight above: the sessions have lapsed.
    admin = await server.loginAsAdmin();
    for (const key of ['li', 'outsider']) clients[key] = await server.login(key, passwords[key] ?? '');
  });

  it('come first for whoever may submit them, then the forms one fills most', async () => {
    const adminsOnly = await publishNewForm(admin, { ...form('月报', [{ id: 'f_title', type: 'text', label: '标题' }]), settings: { access: { submit: { roles: ['admin'] }, rows: { member: 'own' } } } }, appId);
    const patched = await admin.patch<{ quickForms: string[] }>(`/api/apps/${appId}`, { quickForms: [adminsOnly, forms['expenses']] });
    expect(patched.status).toBe(200);
    expect(patched.body.quickForms).toEqual([adminsOnly, forms['expenses']]);
    // li filled 拜访 twice and 报价 once; 月报 is the admins' to submit, so li's first button is 报销.
    expect(sales(await workbench('li')).quickForms).toEqual([forms['expenses'], forms['visits'], forms['quotes']]);
    // Someone who filled nothing — a new rep on day one — still has the app's own.
    expect(sales(await workbench('outsider')).quickForms).toEqual([forms['expenses']]);
    expect(sales(await workbench('admin')).quickForms).toEqual([adminsOnly, forms['expenses']]);
    // Named and most used: offered once.
    expect((await admin.patch(`/api/apps/${appId}`, { quickForms: [forms['visits']] })).status).toBe(200);
    expect(sales(await workbench('li')).quickForms).toEqual([forms['visits'], forms['quotes']]);
  });
});
