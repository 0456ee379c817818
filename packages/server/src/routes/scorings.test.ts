import type { FieldDefinition, FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishNewForm } from '../records/testing/publishForm.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

// Scoring schemes and their runs over HTTP, on both databases. DOMAIN.md's table — 90万 signed of
// a 100万 target, satisfaction 85 %, 2 of 25 opportunities won, teamwork 良好 — must come out as
// exactly 85.5 through POST …/runs and GET …/runs/:period.

let server: TestServer;
let admin: TestClient;
let appId: string;
let otherAppFormId: string;
const forms: Record<string, string> = {};
const ids: Record<string, string> = {};
const clients: Record<string, TestClient> = {};

interface Envelope {
  error: { code: string; message: string; details: { pointer: string; code: string; message: string }[] | Record<string, unknown> | null };
}
interface SchemeView {
  id: string;
  title: string;
  draft?: unknown;
  draftRevision?: number;
  published: { version: number; schema: { title: string } } | null;
}
interface PersonRow {
  personId: string;
  total: number;
  grade?: string;
  items: { itemId: string; points: number; explanation: { 'zh-CN': string; en: string } }[];
}
interface RunView {
  id: string;
  period: string;
  trial: boolean;
  stale: boolean;
  staleForms: string[];
  reason: string | null;
  people: PersonRow[];
  teams: { departmentId: string; total: number; members: number }[];
  confirmations: { subject: string; id: string; confirmedBy: string; note: string | null }[];
  history: { id: string; reason: string | null }[];
}
/** What `POST …/runs` answers: the run summed up, not its sheet. */
interface RunSummary {
  id: string;
  period: string;
  trial: boolean;
  reason: string | null;
  peopleCount: number;
  teamCount: number;
  averageTotal: number | null;
  maxTotal: number | null;
  conflicts: unknown[];
}
interface Leaderboard {
  previousPeriod?: string;
  items: { rank: number; personId: string; name: string; total: number; grade: string | null; previousRank: number | null }[];
}
interface Trend {
  personId: string;
  items: { period: string; runId: string | null; total: number | null; grade: string | null }[];
}

const form = (title: string, fields: readonly FieldDefinition[]): FormSchema => ({ kind: 'form', schemaVersion: 1, title, fields, settings: { access: { rows: { member: 'all' } } } });
const rep = (id: string): FieldDefinition => ({ id, type: 'member', label: '销售' });
const add = async (key: string, data: Record<string, unknown>) => expect((await admin.post(`/api/forms/${forms[key] ?? ''}/records`, { data })).status).toBe(201);
const id = (key: string) => ids[key] ?? key;
const as = (key: string): TestClient => {
  const client = clients[key];
  if (!client) throw new Error(`no client ${key}`);
  return client;
};

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  ids['east'] = (await admin.post<{ id: string }>('/api/departments', { name: '华东区' })).body.id;
  ids['eastSub'] = (await admin.post<{ id: string }>('/api/departments', { name: '华东一组', parentId: id('east') })).body.id;
  ids['west'] = (await admin.post<{ id: string }>('/api/departments', { name: '华西区' })).body.id;
  // The managers sit at head office: they manage the regions without being scored in them.
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
  const otherApp = (await admin.post<{ id: string }>('/api/apps', { name: '人事' })).body.id;
  forms['contracts'] = await publishNewForm(admin, form('合同', [rep('f_owner'), { id: 'f_signed', type: 'datetime', label: '签约时间' }, { id: 'f_amount', type: 'money', label: '金额' }]), appId);
  forms['targets'] = await publishNewForm(admin, form('目标', [rep('f_rep'), { id: 'f_period', type: 'text', label: '期间' }, { id: 'f_amount', type: 'money', label: '目标' }]), appId);
  forms['surveys'] = await publishNewForm(admin, form('满意度', [rep('f_rep'), { id: 'f_date', type: 'date', label: '日期' }, { id: 'f_score', type: 'number', label: '分数' }]), appId);
  const stages = [{ value: 'open', label: '进行中' }, { value: 'won', label: '赢单' }];
  forms['opportunities'] = await publishNewForm(admin, form('商机', [rep('f_owner'), { id: 'f_date', type: 'date', label: '日期' }, { id: 'f_stage', type: 'select', label: '阶段', options: stages }]), appId);
  forms['reviews'] = await publishNewForm(admin, form('评估', [rep('f_rep'), { id: 'f_period', type: 'text', label: '期间' }, { id: 'f_grade', type: 'text', label: '等级' }]), appId);
  otherAppFormId = await publishNewForm(admin, form('合同', [rep('f_owner'), { id: 'f_signed', type: 'datetime', label: '签约时间' }, { id: 'f_amount', type: 'money', label: '金额' }]), otherApp);

  const li = id('li');
  await add('contracts', { f_owner: li, f_signed: '2026-11-03T10:00:00+08:00', f_amount: 500_000 });
  await add('contracts', { f_owner: li, f_signed: '2026-11-30T23:30:00+08:00', f_amount: 400_000 });
  await add('contracts', { f_owner: li, f_signed: '2026-12-01T00:30:00+08:00', f_amount: 7_000_000 });
  await add('contracts', { f_owner: id('han'), f_signed: '2026-11-12T09:00:00+08:00', f_amount: 300_000 });
  await add('targets', { f_rep: li, f_period: '2026-11', f_amount: 1_000_000 });
  await add('targets', { f_rep: id('han'), f_period: '2026-11', f_amount: 1_000_000 });
  await add('surveys', { f_rep: li, f_date: '2026-11-05', f_score: 80 });
  await add('surveys', { f_rep: li, f_date: '2026-11-25', f_score: 90 });
  for (let index = 0; index < 25; index++) await add('opportunities', { f_owner: li, f_date: '2026-11-10', f_stage: index < 2 ? 'won' : 'open' });
  await add('reviews', { f_rep: li, f_period: '2026-11', f_grade: '良好' });
});
afterAll(() => server.close());

/** DOMAIN.md's scheme over the forms above, for the east region (li and han). */
function scheme(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const formId = (key: string) => forms[key] ?? key;
  return {
    kind: 'scoring',
    schemaVersion: 2,
    title: '销售月度考核',
    period: 'month',
    precision: 1,
    appliesTo: { departments: [id('east')] },
    items: [
      {
        id: 'k_sales',
        name: '签约金额',
        weight: 40,
        source: { kind: 'aggregate', formId: formId('contracts'), aggregate: 'sum', field: 'f_amount', personField: 'f_owner', dateField: 'f_signed' },
        target: { kind: 'form', formId: formId('targets'), personField: 'f_rep', periodField: 'f_period', valueField: 'f_amount' },
        method: { kind: 'ratio', cap: 120 },
      },
      {
        id: 'k_satisfaction',
        name: '客户满意度',
        weight: 30,
        unit: '%',
        source: { kind: 'aggregate', formId: formId('surveys'), aggregate: 'avg', field: 'f_score', personField: 'f_rep', dateField: 'f_date' },
        target: { kind: 'fixed', value: 90 },
        method: { kind: 'percentage' },
      },
      {
        id: 'k_conversion',
        name: '订单转化率',
        weight: 20,
        unit: '%',
        source: {
          kind: 'derived',
          inputs: [
            { name: 'won', label: '赢单数', source: { formId: formId('opportunities'), aggregate: 'count', filter: { field: 'f_stage', op: 'eq', value: 'won' }, personField: 'f_owner', dateField: 'f_date' } },
            { name: 'all', label: '商机数', source: { formId: formId('opportunities'), aggregate: 'count', personField: 'f_owner', dateField: 'f_date' } },
          ],
          formula: { '*': [{ '/': [{ var: 'won' }, { var: 'all' }] }, 100] },
        },
        target: { kind: 'fixed', value: 10 },
        method: { kind: 'ratio' },
      },
      {
        id: 'k_teamwork',
        name: '团队协作',
        weight: 10,
        source: { kind: 'manual', formId: formId('reviews'), personField: 'f_rep', periodField: 'f_period', field: 'f_grade' },
        method: { kind: 'grades', grades: [{ grade: '优秀', percent: 100 }, { grade: '良好', percent: 80 }, { grade: '合格', percent: 60 }] },
      },
    ],
    bands: [{ grade: '优秀', min: 90 }, { grade: '良好', min: 80 }, { grade: '合格', min: 60 }, { grade: '不合格', min: 0 }],
    ...overrides,
  };
}

function withItem(index: number, patch: (item: Record<string, unknown>) => Record<string, unknown>): Record<string, unknown> {
  const base = scheme();
  const items = (base['items'] as Record<string, unknown>[]).map((item, at) => (at === index ? patch(item) : item));
  return { ...base, items };
}

let schemeId: string;
const runs = () => `/api/scorings/${schemeId}/runs`;

describe('scoring schemes, stored per app like dashboards', () => {
  it('creates a draft (admins only), hidden from everyone else until published', async () => {
    expect((await as('li').post(`/api/apps/${appId}/scorings`, { schema: scheme() })).status).toBe(403);
    const created = await admin.post<SchemeView>(`/api/apps/${appId}/scorings`, { schema: scheme() });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({ title: '销售月度考核', draftRevision: 1, published: null });
    expect(created.body.id).toMatch(/^sco_/);
    schemeId = created.body.id;
    expect((await as('li').get(`/api/scorings/${schemeId}`)).status).toBe(404);
    expect((await as('li').get(`/api/apps/${appId}/scorings`)).status).toBe(404);
    expect((await admin.get<{ items: unknown[] }>(`/api/apps/${appId}/scorings`)).body.items).toHaveLength(1);
  });

  it("refuses what the runtime's parser refuses, with pointers, in both languages", async () => {
    const zh = await admin.post<Envelope>(`/api/apps/${appId}/scorings`, { schema: withItem(0, (item) => ({ ...item, method: { kind: 'sparkle' } })) });
    expect(zh.status).toBe(400);
    expect(zh.body.error).toMatchObject({ code: 'invalid_schema', message: '考核方案定义有误' });
    expect((zh.body.error.details as { pointer: string }[]).some(({ pointer }) => pointer.startsWith('/items/0/method'))).toBe(true);
    const en = await admin.post<Envelope>(`/api/apps/${appId}/scorings?lang=en`, { schema: { kind: 'dashboard' } });
    expect(en.status).toBe(400);
    expect(en.body.error.message).toBe('The scoring scheme schema is invalid');
  });

  it('refuses an unknown form and a field the form lacks, pointing into the scheme', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [withItem(3, (item) => ({ ...item, source: { ...(item['source'] as object), formId: 'frm_nothing' } })), '/items/3/source/formId', '没有已发布的表单 frm_nothing'],
      [withItem(0, (item) => ({ ...item, source: { ...(item['source'] as object), dateField: 'f_nope' } })), '/items/0/source/dateField', '表单中没有字段 f_nope'],
      [withItem(0, (item) => ({ ...item, target: { ...(item['target'] as object), valueField: 'f_nope' } })), '/items/0/target/valueField', '表单中没有字段 f_nope'],
    ];
    for (const [schema, pointer, zhText] of cases) {
      const response = await admin.post<Envelope>(`/api/apps/${appId}/scorings`, { schema });
      expect(response.status).toBe(400);
      expect(response.body.error.details).toEqual([expect.objectContaining({ pointer, message: expect.stringContaining(zhText) as unknown })]);
    }
    const derived = withItem(2, (item) => {
      const source = item['source'] as { inputs: { source: object }[] };
      return { ...item, source: { ...source, inputs: [source.inputs[0], { name: 'all', label: '商机数', source: { ...source.inputs[1]?.source, field: 'f_gone', aggregate: 'sum' } }] } };
    });
    const en = await admin.post<Envelope>(`/api/apps/${appId}/scorings?lang=en`, { schema: derived });
    expect(en.body.error.details).toEqual([expect.objectContaining({ pointer: '/items/2/source/inputs/1/source/field', message: 'The form has no field f_gone' })]);
    expect((await admin.get<{ items: unknown[] }>(`/api/apps/${appId}/scorings`)).body.items).toHaveLength(1);
  });

  // #15: the performance app's scheme reads the CRM's contracts and visits.
  it("accepts another app's published form as a source", async () => {
    const response = await admin.post<SchemeView>(`/api/apps/${appId}/scorings`, { schema: withItem(0, (item) => ({ ...item, source: { ...(item['source'] as object), formId: otherAppFormId } })) });
    expect(response.status).toBe(201);
    expect((await admin.get<{ items: { id: string }[] }>(`/api/apps/${appId}/scorings`)).body.items.map((item) => item.id).sort()).toEqual([schemeId, response.body.id].sort());
  });

  it('saves with If-Match (409 naming the scheme when stale), publishes, and lets everyone signed in read the published version', async () => {
    const saved = await admin.put<SchemeView>(`/api/scorings/${schemeId}`, { schema: scheme() }, { headers: { 'if-match': '"1"' } });
    expect(saved.status).toBe(200);
    expect(saved.body.draftRevision).toBe(2);
    const stale = await admin.put<Envelope>(`/api/scorings/${schemeId}?lang=en`, { schema: scheme() }, { headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'stale_draft', message: "Someone else changed this scoring scheme's draft; reload and try again", details: { currentRevision: 2 } });
    const staleZh = await admin.post<Envelope>(`/api/scorings/${schemeId}/publish`, {}, { headers: { 'if-match': '"1"' } });
    expect(staleZh.body.error.message).toBe('考核方案草稿已被他人修改，请刷新后再试');
    expect((await as('boss').post(`/api/scorings/${schemeId}/publish`, {})).status).toBe(403);
    const published = await admin.post<{ version: number; created: boolean }>(`/api/scorings/${schemeId}/publish`, {});
    expect(published.body).toMatchObject({ version: 1, created: true });
    const asRep = await as('li').get<SchemeView>(`/api/scorings/${schemeId}`);
    expect(asRep.status).toBe(200);
    expect(asRep.body.published?.version).toBe(1);
    expect(asRep.body).not.toHaveProperty('draft');
    expect((await as('outsider').get<{ items: unknown[] }>(`/api/apps/${appId}/scorings`)).body.items).toHaveLength(1);
    expect((await as('li').get(`/api/scorings/${schemeId}/versions`)).status).toBe(403);
    expect((await admin.get<{ items: { version: number }[] }>(`/api/scorings/${schemeId}/versions`)).body.items.map(({ version }) => version)).toEqual([1]);
  });

  it('keeps kinds apart and writes to admins: a dashboard is no scheme, a manager cannot save one', async () => {
    const widgets = [{ id: 'w_count', type: 'kpi', title: '合同数', query: { formId: forms['contracts'] }, layout: { x: 0, y: 0, w: 3, h: 2 } }];
    const dashboard = await admin.post<{ id: string }>(`/api/apps/${appId}/dashboards`, { schema: { kind: 'dashboard', schemaVersion: 1, title: '看板', widgets } });
    expect(dashboard.status).toBe(201);
    expect((await admin.get(`/api/scorings/${dashboard.body.id}`)).status).toBe(404);
    expect((await admin.put(`/api/scorings/${dashboard.body.id}`, { schema: scheme() })).status).toBe(404);
    expect((await admin.get(`/api/dashboards/${schemeId}`)).status).toBe(404);
    expect((await as('boss').put(`/api/scorings/${schemeId}`, { schema: scheme() })).status).toBe(403);
    expect((await admin.get<SchemeView>(`/api/scorings/${schemeId}`)).body.draftRevision).toBe(2);
  });
});

describe('score runs', () => {
  it('are computed by admins and managers only, for a period of the scheme’s kind', async () => {
    expect((await as('li').post(runs(), { period: '2026-11' })).status).toBe(403);
    expect((await as('li').get(`${runs()}/2026-11`)).status).toBe(404);
    const bad = await admin.post<Envelope>(runs(), { period: '2026-13' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_period');
    const wrongKind = await admin.post<Envelope>(`${runs()}?lang=en`, { period: '2026-Q4' });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.message).toBe('The scheme scores by month; "2026-Q4" is not one');
    const byManager = await as('boss').post<RunSummary>(runs(), { period: '2026-11' });
    expect(byManager.status).toBe(201);
    // Summed up over the manager's scope only (east and its sub-team), as their GET would show.
    expect(byManager.body).toMatchObject({ peopleCount: 2, teamCount: 2 });
  });

  it("gives DOMAIN.md's 85.5 end to end, and each viewer only their scope", async () => {
    const run = await admin.post<RunSummary>(runs(), { period: '2026-11' });
    expect(run.status).toBe(201);
    // A summary, not the sheet: the sheet is where Location says.
    expect(run.headers.get('location')).toBe(`${runs()}/2026-11`);
    expect(run.body).toMatchObject({ period: '2026-11', trial: false, reason: null, peopleCount: 2, teamCount: 2, averageTotal: 48.75, maxTotal: 85.5, conflicts: [] });
    expect(run.body).not.toHaveProperty('people');
    const asAdmin = await admin.get<RunView>(run.headers.get('location') ?? '');
    expect(asAdmin.body.id).toBe(run.body.id);
    expect(asAdmin.body.people.map(({ personId }) => personId).sort()).toEqual([id('li'), id('han')].sort());
    expect(asAdmin.body.history).toHaveLength(2);

    const own = await as('li').get<RunView>(`${runs()}/2026-11`);
    expect(own.status).toBe(200);
    expect(own.body.people).toHaveLength(1);
    expect(own.body.people[0]).toMatchObject({ personId: id('li'), total: 85.5, grade: '良好' });
    expect(own.body.people[0]?.items.find(({ itemId }) => itemId === 'k_sales')?.explanation.en).toBe('签约金额 900,000 ÷ target 1,000,000 = 90% × weight 40 = 36 points');
    expect(own.body.teams).toEqual([]);
    expect(own.body).toMatchObject({ trial: false, stale: false });

    const team = await as('boss').get<RunView>(`${runs()}/2026-11`);
    expect(team.body.people.map(({ personId }) => personId).sort()).toEqual([id('li'), id('han')].sort());
    expect(team.body.teams.map(({ departmentId }) => departmentId).sort()).toEqual([id('east'), id('eastSub')].sort());
    expect(team.body.teams.find(({ departmentId }) => departmentId === id('east'))).toMatchObject({ members: 2, total: 48.8 });
    // han: 30万 of a 100万 target = 12 points, nothing else; the east average (85.5 + 12) ÷ 2 = 48.75 rounds half away to 48.8.
    expect(team.body.people.find(({ personId }) => personId === id('han'))?.total).toBe(12);

    const sub = await as('han').get<RunView>(`${runs()}/2026-11`);
    expect(sub.body.people.map(({ personId }) => personId)).toEqual([id('han')]);
    // Not scored by this scheme, managing nobody in it: as if there were no run.
    expect((await as('outsider').get(`${runs()}/2026-11`)).status).toBe(404);
    expect((await as('westBoss').get(`${runs()}/2026-11`)).status).toBe(404);
    // Not computed yet is told apart from not yours: the app offers to compute the one, not the other.
    const notYet = await as('li').get<Envelope>(`${runs()}/2026-10?lang=en`);
    expect(notYet.status).toBe(404);
    expect(notYet.body.error).toMatchObject({ code: 'no_run', message: 'No score sheet has been computed for 2026-10 yet' });
    expect((await as('boss').get<Envelope>(`${runs()}/2026-10`)).body.error).toMatchObject({ code: 'no_run', message: '“2026-10”期的考核结果尚未计算' });
    expect((await admin.get<Envelope>(`${runs()}/2026-10`)).body.error.code).toBe('no_run');
    expect((await as('outsider').get<Envelope>(`${runs()}/2026-11`)).body.error.code).toBe('not_found');
  });

  it('says stale once a form the run read is written, and not before', async () => {
    expect((await admin.get<RunView>(`${runs()}/2026-11`)).body.stale).toBe(false);
    await add('surveys', { f_rep: id('han'), f_date: '2026-11-20', f_score: 70 });
    const after = await as('li').get<RunView>(`${runs()}/2026-11`);
    expect(after.body).toMatchObject({ stale: true, staleForms: [forms['surveys']] });
  });

  it('is confirmed once per subject: a rep their own sheet, a manager a team they manage', async () => {
    const confirm = (who: string, subject: 'team' | 'person', subjectId: string) => as(who).post<Envelope & { confirmations: RunView['confirmations'] }>(`${runs()}/2026-11/confirm`, { subject, id: subjectId });
    expect((await confirm('li', 'person', id('han'))).status).toBe(404);
    expect((await confirm('boss', 'person', id('li'))).status).toBe(403);
    expect((await confirm('li', 'team', id('east'))).status).toBe(404);
    expect((await confirm('outsider', 'person', id('outsider'))).status).toBe(404);
    const acknowledged = await confirm('li', 'person', id('li'));
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body.confirmations).toEqual([expect.objectContaining({ subject: 'person', id: id('li'), confirmedBy: id('li') })]);
    const again = await confirm('li', 'person', id('li'));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_confirmed');
    expect((await confirm('boss', 'team', id('eastSub'))).status).toBe(200);
    const seen = await as('boss').get<RunView>(`${runs()}/2026-11`);
    expect(seen.body.confirmations.map(({ subject, id: subjectId }) => `${subject}:${subjectId}`).sort()).toEqual([`person:${id('li')}`, `team:${id('eastSub')}`].sort());
    // han sees neither li's acknowledgement nor the team's: only what their scope holds.
    expect((await as('han').get<RunView>(`${runs()}/2026-11`)).body.confirmations).toEqual([]);
  });

  it('needs a reason to recompute a confirmed period, in both languages, and keeps the history', async () => {
    const zh = await as('boss').post<Envelope>(runs(), { period: '2026-11' });
    expect(zh.status).toBe(422);
    expect(zh.body.error).toMatchObject({ code: 'reason_required', message: '该期考核结果已被确认，重新计算须填写原因' });
    const en = await admin.post<Envelope>(`${runs()}?lang=en`, { period: '2026-11', reason: '   ' });
    expect(en.status).toBe(422);
    expect(en.body.error.message).toBe("This period's sheet has been confirmed; recomputing it needs a reason");
    const recomputed = await admin.post<RunSummary>(runs(), { period: '2026-11', reason: '补录满意度调查' });
    expect(recomputed.status).toBe(201);
    expect(recomputed.body.reason).toBe('补录满意度调查');
    const current = await admin.get<RunView>(`${runs()}/2026-11`);
    expect(current.body).toMatchObject({ id: recomputed.body.id, reason: '补录满意度调查', stale: false, confirmations: [] });
    expect(current.body.history.map(({ reason }) => reason)).toEqual(['补录满意度调查', null, null]);
    // The new run is not confirmed yet: recomputing it again needs no reason.
    expect((await admin.post(runs(), { period: '2026-11' })).status).toBe(201);
  });
});

describe('the leaderboard', () => {
  it('ranks everyone on the sheet and shows each viewer the rows of their scope', async () => {
    const board = (who: string, query = '') => as(who).get<Leaderboard>(`/api/scorings/${schemeId}/leaderboard?period=2026-11${query}`);
    expect((await admin.get<Leaderboard>(`/api/scorings/${schemeId}/leaderboard?period=2026-11`)).body.items.map(({ rank, personId, total }) => [rank, personId, total])).toEqual([
      [1, id('li'), 85.5],
      // han's survey of 70 % (added by the staleness test) now counts: 12 + 21.
      [2, id('han'), 33],
    ]);
    expect((await board('han')).body.items.map(({ rank, personId }) => [rank, personId])).toEqual([[2, id('han')]]);
    expect((await board('li')).body.items).toEqual([expect.objectContaining({ rank: 1, personId: id('li'), name: 'li', grade: '良好' })]);
    expect((await board('boss')).body.items).toHaveLength(2);
    expect((await board('boss', `&department=${id('eastSub')}`)).body.items.map(({ rank, personId }) => [rank, personId])).toEqual([[1, id('han')]]);
    expect((await board('outsider')).status).toBe(404);
    expect((await as('li').get(`/api/scorings/${schemeId}/leaderboard?period=2026-10`)).status).toBe(404);
    expect((await as('li').get(`/api/scorings/${schemeId}/leaderboard`)).status).toBe(400);
  });
});

describe('a trial scheme', () => {
  it('is computed and shown as a trial, and never confirmed', async () => {
    const created = await admin.post<SchemeView>(`/api/apps/${appId}/scorings`, { schema: scheme({ title: '华西试行', appliesTo: { departments: [id('west')] }, trialUntil: '2026-12' }) });
    expect(created.status).toBe(201);
    expect((await admin.post(`/api/scorings/${created.body.id}/publish`, {})).status).toBe(200);
    const run = await as('westBoss').post<RunSummary>(`/api/scorings/${created.body.id}/runs`, { period: '2026-11' });
    expect(run.status).toBe(201);
    expect(run.body).toMatchObject({ trial: true, peopleCount: 1, averageTotal: 0, maxTotal: 0 });
    const own = await as('outsider').get<RunView>(`/api/scorings/${created.body.id}/runs/2026-11`);
    expect(own.body).toMatchObject({ trial: true, people: [expect.objectContaining({ personId: id('outsider'), total: 0 })] });
    const refused = await as('outsider').post<Envelope>(`/api/scorings/${created.body.id}/runs/2026-11/confirm?lang=en`, { subject: 'person', id: id('outsider') });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'trial_run', message: 'A trial run cannot be confirmed' });
    expect((await as('westBoss').post(`/api/scorings/${created.body.id}/runs/2026-11/confirm`, { subject: 'team', id: id('west') })).status).toBe(409);
    // The east scheme still scores only east: the trial scheme's people are not on it.
    expect((await admin.get<RunView>(`${runs()}/2026-11`)).body.people.map(({ personId }) => personId)).not.toContain(id('outsider'));
  });
});

describe('previewing a draft', () => {
  interface Preview extends Omit<RunView, 'id'> {
    conflicts: { personId: string }[];
  }
  const preview = (key: string, schemeKey: string, body: unknown, lang = '') => (key === 'admin' ? admin : as(key)).post<Preview & Envelope>(`/api/scorings/${schemeKey}/preview${lang}`, body);

  it('computes the stored draft from the records, not the published version, and stores nothing', async () => {
    const before = (await admin.get<RunView>(`${runs()}/2026-11`)).body;
    const generous = withItem(3, (item) => ({ ...item, method: { kind: 'grades', grades: [{ grade: '优秀', percent: 100 }, { grade: '良好', percent: 100 }] } }));
    expect((await admin.put(`/api/scorings/${schemeId}`, { schema: generous })).status).toBe(200);
    const answer = await preview('admin', schemeId, { period: '2026-11' });
    expect(answer.status).toBe(200);
    const li = answer.body.people.find(({ personId }) => personId === id('li'));
    const teamwork = li?.items.find(({ itemId }) => itemId === 'k_teamwork');
    expect(teamwork?.points).toBe(10);
    expect(teamwork?.explanation['zh-CN']).toContain('良好');
    const published = before.people.find(({ personId }) => personId === id('li'));
    expect(published?.items.find(({ itemId }) => itemId === 'k_teamwork')?.points).toBe(8);
    expect(li?.total).toBe((published?.total ?? 0) + 2);
    expect(answer.body.teams.map(({ departmentId }) => departmentId)).toContain(id('east'));
    const after = (await admin.get<RunView>(`${runs()}/2026-11`)).body;
    expect(after.id).toBe(before.id);
    expect(after.history).toHaveLength(before.history.length);
  });

  it('previews a scheme never published: everyone it would score, 0 with a reason for people without records', async () => {
    const created = await admin.post<SchemeView>(`/api/apps/${appId}/scorings`, { schema: scheme({ title: '总部', appliesTo: { departments: [id('hq')] } }) });
    const answer = await preview('admin', created.body.id, { period: '2026-11' }, '?lang=en');
    expect(answer.status).toBe(200);
    expect(answer.body.people.map(({ personId }) => personId).sort()).toEqual([id('boss'), id('westBoss')].sort());
    expect(answer.body.people.every(({ total }) => total === 0)).toBe(true);
    expect(answer.body.people[0]?.items.find(({ itemId }) => itemId === 'k_satisfaction')?.explanation.en).toMatch(/no records/i);
    expect((await admin.get(`/api/scorings/${created.body.id}/runs/2026-11`)).status).toBe(404);
  });

  it('is for admins only', async () => {
    expect((await preview('boss', schemeId, { period: '2026-11' })).status).toBe(403);
    expect((await preview('li', schemeId, { period: '2026-11' })).status).toBe(403);
  });

  it('refuses a period that is not one, or not of the scheme’s kind, naming the field in both languages', async () => {
    const zh = await preview('admin', schemeId, { period: '2026-13' });
    expect(zh.status).toBe(400);
    expect(zh.body.error).toMatchObject({ code: 'invalid_period', details: [expect.objectContaining({ pointer: '/period' })] });
    expect(zh.body.error.message).toContain('2026-13');
    const en = await preview('admin', schemeId, { period: '2026-W48' }, '?lang=en');
    expect(en.status).toBe(400);
    expect(en.body.error.message).toBe('The scheme scores by month; "2026-W48" is not one');
    const missing = await preview('admin', schemeId, {});
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toEqual([expect.objectContaining({ pointer: '/period' })]);
  });
});

describe('rank change and trend over periods', () => {
  it("carries each row's rank on the previous period's board, for every scope", async () => {
    // October: han has a survey, li nothing — han leads October, li leads November.
    await add('surveys', { f_rep: id('han'), f_date: '2026-10-15', f_score: 90 });
    expect((await admin.post(runs(), { period: '2026-10' })).status).toBe(201);
    const board = (who: string) => as(who).get<Leaderboard>(`/api/scorings/${schemeId}/leaderboard?period=2026-11`);
    const byAdmin = await admin.get<Leaderboard>(`/api/scorings/${schemeId}/leaderboard?period=2026-11`);
    expect(byAdmin.body.previousPeriod).toBe('2026-10');
    expect(byAdmin.body.items.map(({ personId, rank, previousRank }) => [personId, rank, previousRank])).toEqual([
      [id('li'), 1, 2],
      [id('han'), 2, 1],
    ]);
    expect((await board('boss')).body.items.map(({ personId, previousRank }) => [personId, previousRank])).toEqual([
      [id('li'), 2],
      [id('han'), 1],
    ]);
    expect((await board('li')).body.items).toEqual([expect.objectContaining({ personId: id('li'), rank: 1, previousRank: 2 })]);
    // October has no September before it: nobody has a previous rank.
    const october = await admin.get<Leaderboard>(`/api/scorings/${schemeId}/leaderboard?period=2026-10`);
    expect(october.body.items.map(({ previousRank }) => previousRank)).toEqual([null, null]);
    const department = await as('boss').get<Leaderboard>(`/api/scorings/${schemeId}/leaderboard?period=2026-11&department=${id('eastSub')}`);
    expect(department.body.items).toEqual([expect.objectContaining({ personId: id('han'), rank: 1, previousRank: 1 })]);
  });

  it("answers a person's totals per period from each period's current run, in the viewer's scope", async () => {
    const trend = (who: string | TestClient, query: string) => (typeof who === 'string' ? as(who) : who).get<Trend & Envelope>(`/api/scorings/${schemeId}/trend?${query}`);
    const own = await trend('li', 'period=2026-11&periods=3');
    expect(own.status).toBe(200);
    expect(own.body.personId).toBe(id('li'));
    expect(own.body.items.map(({ period, total }) => [period, total])).toEqual([
      ['2026-09', null],
      ['2026-10', 0],
      ['2026-11', 85.5],
    ]);
    expect(own.body.items[2]?.runId).toBe((await admin.get<RunView>(`${runs()}/2026-11`)).body.id);
    const ofHan = (who: string | TestClient) => trend(who, `period=2026-11&periods=2&person=${id('han')}`);
    expect((await ofHan('boss')).body.items.map(({ total }) => total)).toEqual([27, 33]);
    expect((await ofHan(admin)).body.items.map(({ total }) => total)).toEqual([27, 33]);
    // Someone else's trend is not a rep's to read; a manager of another team sees no row of han's.
    expect((await ofHan('li')).status).toBe(403);
    expect((await ofHan('westBoss')).body.items.map(({ total }) => total)).toEqual([null, null]);
    expect((await trend('li', 'period=2026-11')).body.items).toHaveLength(6);
    const bad = await trend('li', 'period=2026-11&periods=0&lang=en');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ pointer: '/periods', message: 'must be a whole number from 1 to 24' })]);
    expect((await trend('li', 'period=2026-13')).body.error.code).toBe('invalid_period');
    expect((await trend('li', 'periods=3')).status).toBe(400);
  });
});

describe("a confirmation's note", () => {
  it('is kept with the stamp and read in each scope as the confirmation is', async () => {
    const confirm = (who: string, body: Record<string, unknown>) => as(who).post<Envelope>(`${runs()}/2026-10/confirm`, body);
    expect((await confirm('li', { subject: 'person', id: id('li'), note: '  已核对，无异议 ' })).status).toBe(200);
    expect((await confirm('boss', { subject: 'team', id: id('east'), note: '10 月数据已与财务核对' })).status).toBe(200);
    expect((await confirm('han', { subject: 'person', id: id('han'), note: '   ' })).status).toBe(200);
    const tooLong = await confirm('boss', { subject: 'team', id: id('eastSub'), note: 'x'.repeat(501) });
    expect(tooLong.status).toBe(400);
    expect((tooLong.body.error.details as { pointer: string }[]).map(({ pointer }) => pointer)).toEqual(['/note']);
    const notes = (run: RunView) => Object.fromEntries(run.confirmations.map(({ subject, id: subjectId, note }) => [`${subject}:${subjectId}`, note]));
    expect(notes((await admin.get<RunView>(`${runs()}/2026-10`)).body)).toEqual({ [`person:${id('li')}`]: '已核对，无异议', [`team:${id('east')}`]: '10 月数据已与财务核对', [`person:${id('han')}`]: null });
    expect(notes((await as('boss').get<RunView>(`${runs()}/2026-10`)).body)).toEqual({ [`person:${id('li')}`]: '已核对，无异议', [`team:${id('east')}`]: '10 月数据已与财务核对', [`person:${id('han')}`]: null });
    // A rep reads their own acknowledgement's note, nobody else's.
    expect(notes((await as('li').get<RunView>(`${runs()}/2026-10`)).body)).toEqual({ [`person:${id('li')}`]: '已核对，无异议' });
  });
});

describe('what a run stores (#13)', () => {
  it('keeps figures and what the words need, not the words: the sheet is worded when read', async () => {
    const stored = await server.context.stores.scoreRuns.latest(schemeId, '2026-11');
    const text = JSON.stringify(stored?.sheet);
    expect(text).not.toContain('explanation');
    expect(text).not.toContain('权重');
    const read = await as('li').get<RunView>(`${runs()}/2026-11?lang=en`);
    expect(read.body.people[0]?.items.find(({ itemId }) => itemId === 'k_sales')?.explanation).toEqual({
      'zh-CN': '签约金额 90万 ÷ 目标 100万 = 90% × 权重 40 = 36 分',
      en: '签约金额 900,000 ÷ target 1,000,000 = 90% × weight 40 = 36 points',
    });
  });

  it('still reads a run stored with its words, as they were written', async () => {
    const words = { 'zh-CN': '签约金额 当时的说法 = 36 分', en: 'Signed, as it was worded then = 36 points' };
    const total = { 'zh-CN': '36 = 36 分（旧）', en: '36 = 36 points (old)' };
    const person = (key: string, department: string) => ({
      personId: id(key),
      name: key,
      departmentId: id(department),
      items: [{ itemId: 'k_sales', name: '签约金额', method: 'ratio', weight: 40, actual: 900_000, target: 1_000_000, achievement: 90, percent: 90, points: 36, status: 'scored', noRecords: false, explanation: words }],
      total: 36,
      explanation: total,
    });
    await server.context.stores.scoreRuns.add({
      id: 'srn_worded',
      schemeId,
      schemeVersion: 1,
      period: '2025-03',
      trial: false,
      inputs: {},
      sheet: { period: '2025-03', title: '旧方案', trial: false, precision: 1, weightTotal: 100, people: [person('li', 'east'), person('han', 'eastSub')], teams: [] },
      formStamps: {},
      reason: null,
      computedAt: Date.UTC(2025, 3, 1),
      computedBy: null,
    });
    const own = await as('li').get<RunView>(`${runs()}/2025-03`);
    expect(own.status).toBe(200);
    expect(own.body.people).toEqual([expect.objectContaining({ personId: id('li'), total: 36, explanation: total, items: [expect.objectContaining({ points: 36, explanation: words })] })]);
    expect((await as('boss').get<RunView>(`${runs()}/2025-03`)).body.people.map(({ personId }) => personId).sort()).toEqual([id('li'), id('han')].sort());
    expect((await as('li').get<Leaderboard>(`/api/scorings/${schemeId}/leaderboard?period=2025-03`)).body.items).toEqual([expect.objectContaining({ personId: id('li'), total: 36 })]);
  });
});
