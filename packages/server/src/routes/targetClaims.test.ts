import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageBody } from '../records/testing/publishForm.js';
import type { TestClient } from '../testing/TestClient.js';
import { TestClock } from '../testing/TestClock.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

// Target claims (目标认领) over HTTP, on both databases: a rep claims their own target, their
// manager returns or approves it (the approved amount becomes the rep's target), each team's gap
// to its target is shown, the rep confirms the target given to them; who may do what.

let server: TestServer;
let admin: TestClient;
let appId: string;
const ids: Record<string, string> = {};
const clients: Record<string, TestClient> = {};

interface Claim {
  id: string;
  personId: string;
  departmentId: string | null;
  status: string;
  proposed: number | null;
  approved: number | null;
  decisionNote: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  confirmedAmount: number | null;
  confirmedBy: string | null;
  confirmedAt: string | null;
  target: number | null;
  confirmedCurrent: boolean;
}
interface Team {
  departmentId: string;
  summary: { target: number; proposedTotal: number; approvedTotal: number; gap: number; proposedGap: number; pending: string[]; unconfirmed: string[]; message: { 'zh-CN': string; en: string } };
}
interface Claims {
  myTarget: number | null;
  mine: Claim | null;
  claims: Claim[];
  teams: Team[];
}
interface Envelope {
  error: { code: string; message: string; details: { pointer: string; code: string }[] | null };
}

const id = (key: string) => ids[key] ?? key;
const as = (key: string): TestClient => {
  const client = clients[key];
  if (!client) throw new Error(`no client ${key}`);
  return client;
};
const month = { period: '2026-11', metric: 'k_sales' };
const claims = (client: TestClient, query = month) => client.get<Claims & Envelope>(`/api/apps/${appId}/targets/claims?period=${query.period}&metric=${query.metric}`);
const claim = (client: TestClient, body: Record<string, unknown>) => client.post<Claims & Envelope>(`/api/apps/${appId}/targets/claims`, { ...month, ...body });
const decide = (client: TestClient, claimId: string, body: Record<string, unknown>) => client.post<Claims & Envelope>(`/api/apps/${appId}/targets/claims/${claimId}/decision`, body);
const confirm = (client: TestClient) => client.post<Claims & Envelope>(`/api/apps/${appId}/targets/claims/confirm`, month);
const east = (body: Claims) => body.teams.find((team) => team.departmentId === id('east'));
const liClaimId = async () => {
  const mine = (await claims(as('li'))).body.mine;
  if (!mine) throw new Error('li has no claim');
  return mine.id;
};

beforeAll(async () => {
  server = await startTestServer({ clock: new TestClock(Date.UTC(2026, 10, 15, 4, 0, 0)) });
  admin = await server.loginAsAdmin();
  ids['east'] = (await admin.post<{ id: string }>('/api/departments', { name: '华东区' })).body.id;
  ids['eastSub'] = (await admin.post<{ id: string }>('/api/departments', { name: '华东一组', parentId: id('east') })).body.id;
  ids['west'] = (await admin.post<{ id: string }>('/api/departments', { name: '华西区' })).body.id;
  const people: [string, 'member' | 'manager', string][] = [
    ['li', 'member', 'east'],
    ['han', 'member', 'eastSub'],
    ['boss', 'manager', 'east'],
    ['outsider', 'member', 'west'],
    ['westBoss', 'manager', 'west'],
  ];
  for (const [key, role, department] of people) {
    const created = await server.createUser({ username: key.toLowerCase(), role, departmentId: id(department) });
    ids[key] = created.user.id;
    clients[key] = created.client;
  }
  expect((await admin.patch(`/api/departments/${id('east')}`, { managerId: id('boss') })).status).toBe(200);
  expect((await admin.patch(`/api/departments/${id('west')}`, { managerId: id('westBoss') })).status).toBe(200);
  appId = (await admin.post<{ id: string }>('/api/apps', { name: '销售' })).body.id;
  // The company's 2,000,000 of November over its two regions: 华东 1,000,000, 华西 1,000,000.
  const split = await admin.post(`/api/apps/${appId}/targets/decompose`, { root: { period: '2026-11', amount: 2_000_000, metric: 'k_sales' }, org: { to: 'department', method: 'even' }, dryRun: false });
  expect(split.status).toBe(201);
});
afterAll(() => server.close());

describe('target claims', () => {
  it('a rep claims their own target; their manager sees it pending, with the gap to the team target', async () => {
    const claimed = await claim(as('li'), { proposed: 600_000, note: '去年 55 万' });
    expect(claimed.status).toBe(200);
    expect(claimed.body.mine).toMatchObject({ personId: id('li'), departmentId: id('east'), status: 'proposed', proposed: 600_000, approved: null });
    expect(claimed.body.claims).toEqual([]); // a rep sees nobody else's
    expect(claimed.body.teams).toEqual([]);
    const seen = (await claims(as('boss'))).body;
    expect(seen.claims.map((each) => each.personId)).toEqual([id('li')]);
    expect(east(seen)?.summary).toMatchObject({ target: 1_000_000, proposedTotal: 600_000, approvedTotal: 0, gap: 1_000_000, proposedGap: 400_000, pending: [id('li')] });
    expect(seen.teams.map((team) => team.departmentId)).toEqual([id('east')]); // not 华西, which boss does not manage
    expect((await claims(as('outsider'))).body.claims).toEqual([]);
    expect((await claims(admin)).body.teams.map((team) => team.departmentId).sort()).toEqual([id('east'), id('west')].sort());
  });

  it('claims only for oneself: a person in the body is refused', async () => {
    const response = await claim(as('li'), { proposed: 1, person: id('han') });
    expect(response.status).toBe(400);
    expect((await claims(as('han'))).body.mine).toBeNull();
  });

  it('refuses an amount that is not a number of 0 or more, and a bad period, in both languages', async () => {
    const negative = await claim(as('han'), { proposed: -5 });
    expect(negative.status).toBe(400);
    expect(negative.body.error.details?.[0]).toMatchObject({ pointer: '/proposed', code: 'amount' });
    const period = await claim(as('han'), { proposed: 5, period: '2026-13' });
    expect(period.status).toBe(400);
    expect(period.body.error.code).toBe('invalid_period');
    const inEnglish = await as('han').post<Envelope>(`/api/apps/${appId}/targets/claims`, { ...month, proposed: 'lots' }, { headers: { 'accept-language': 'en' } });
    expect(inEnglish.body.error.message).toMatch(/[a-z]/i);
    expect((await claims(as('han'))).body.mine).toBeNull();
  });

  it('only a manager of the claim’s department decides it — not another manager, not a rep, not on their own claim', async () => {
    const claimId = await liClaimId();
    expect((await decide(as('westBoss'), claimId, { decision: 'approve' })).status).toBe(404);
    expect((await decide(as('han'), claimId, { decision: 'approve' })).status).toBe(404);
    expect((await decide(as('li'), claimId, { decision: 'approve' })).status).toBe(403);
    const own = await claim(as('boss'), { proposed: 100 });
    expect(own.status).toBe(200);
    const ownId = own.body.mine?.id ?? '';
    expect((await decide(as('boss'), ownId, { decision: 'approve' })).status).toBe(403);
    expect((await claims(as('li'))).body.mine?.status).toBe('proposed');
  });

  it('nobody writes claims through the records API, so nobody approves their own', async () => {
    const claimId = await liClaimId();
    expect([403, 404]).toContain((await as('li').patch(`/api/records/${claimId}`, { data: { clm_status: 'approved', clm_approved: 600_000 } })).status);
    expect([403, 404]).toContain((await as('boss').patch(`/api/records/${claimId}`, { data: { clm_status: 'approved' } })).status);
    const record = await admin.get<{ formId: string }>(`/api/records/${claimId}`);
    expect([403, 404]).toContain((await as('li').post(`/api/forms/${record.body.formId}/records`, { data: { clm_period: '2026-11', clm_metric: 'k_sales', clm_person: id('li'), clm_status: 'approved' } })).status);
    expect((await claims(as('li'))).body.mine?.status).toBe('proposed');
  });

  it('a manager returns a claim with a note (required); the rep claims again', async () => {
    const claimId = await liClaimId();
    const bare = await decide(as('boss'), claimId, { decision: 'return' });
    expect(bare.status).toBe(400);
    expect(bare.body.error.details?.[0]).toMatchObject({ pointer: '/note', code: 'required' });
    const returned = await decide(as('boss'), claimId, { decision: 'return', note: '偏低，请参考华东平均' });
    expect(returned.status).toBe(200);
    expect(returned.body.claims.find((each) => each.personId === id('li'))).toMatchObject({ status: 'returned', decisionNote: '偏低，请参考华东平均', decidedBy: id('boss'), decidedAt: '2026-11-15T04:00:00.000Z' });
    expect(east(returned.body)?.summary.pending).toEqual([id('boss')]); // li's returned claim is off the table; the manager's own waits
    expect((await decide(as('boss'), claimId, { decision: 'approve' })).status).toBe(409);
    const again = await claim(as('li'), { proposed: 700_000 });
    expect(again.body.mine).toMatchObject({ id: claimId, status: 'proposed', proposed: 700_000, decisionNote: null, decidedBy: null });
  });

  it("approving makes the amount the rep's target, with who and why in its history; the gap follows", async () => {
    const claimId = await liClaimId();
    const approved = await decide(as('boss'), claimId, { decision: 'approve', amount: 650_000, note: '按 65 万下达' });
    expect(approved.status).toBe(200);
    expect(approved.body.claims.find((each) => each.personId === id('li'))).toMatchObject({ status: 'approved', approved: 650_000, target: 650_000, confirmedCurrent: false });
    expect(east(approved.body)?.summary).toMatchObject({ approvedTotal: 650_000, gap: 350_000, unconfirmed: [id('li')] });
    expect(east(approved.body)?.summary.message['zh-CN']).toContain('还差');
    expect((await claims(as('li'))).body.myTarget).toBe(650_000);
    const progress = await as('li').get<{ people: { personId: string; target: number }[] }>(`/api/apps/${appId}/targets/progress?period=2026-11&metric=k_sales`);
    expect(progress.body.people).toEqual([expect.objectContaining({ personId: id('li'), target: 650_000 })]);
    const forms = await admin.get<{ items: { id: string; title: string }[] }>(`/api/apps/${appId}/forms`);
    const targetsForm = forms.body.items.find((form) => form.title === '目标');
    const page = await admin.get<PageBody>(`/api/forms/${targetsForm?.id ?? ''}/records?limit=100`);
    const liTarget = page.body.items.find((record) => record.data['tgt_person'] === id('li'));
    expect(liTarget?.data).toMatchObject({ tgt_level: 'person', tgt_amount: 650_000, tgt_department: id('east'), tgt_reason: '目标认领：主管批准：按 65 万下达' });
    const history = await admin.get<{ items: { actorId: string; action: string }[] }>(`/api/records/${liTarget?.id ?? ''}/history`);
    expect(history.body.items).toEqual([expect.objectContaining({ action: 'create', actorId: id('boss') })]);
    expect((await claim(as('li'), { proposed: 1 })).status).toBe(409);
  });

  it('the rep confirms the target given to them, stamped; a changed target needs confirming again', async () => {
    const none = await confirm(as('han'));
    expect(none.status).toBe(409);
    expect(none.body.error.code).toBe('no_target');
    expect((await claim(as('han'), { proposed: 300_000 })).status).toBe(200);
    const confirmed = await confirm(as('li'));
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.mine).toMatchObject({ status: 'confirmed', confirmedAmount: 650_000, confirmedBy: id('li'), confirmedAt: '2026-11-15T04:00:00.000Z', confirmedCurrent: true });
    expect(east((await claims(as('boss'))).body)?.summary.unconfirmed).toEqual([]);
    // 华东's 1,000,000 split again over its people: li's target changes, and so does their confirmation.
    const split = await admin.post(`/api/apps/${appId}/targets/decompose`, { root: { period: '2026-11', amount: 1_000_000, metric: 'k_sales', department: id('east') }, org: { to: 'person', method: 'even' }, dryRun: false, reason: '重新分解' });
    expect(split.status).toBe(201);
    const after = (await claims(as('li'))).body.mine;
    expect(after).toMatchObject({ status: 'confirmed', confirmedAmount: 650_000, confirmedCurrent: false });
    expect(after?.target).not.toBe(650_000);
    const again = await confirm(as('li'));
    expect(again.body.mine).toMatchObject({ confirmedAmount: after?.target, confirmedCurrent: true });
  });

  it('a rep whose claim waits confirms nothing; once it is returned they confirm the target the split gave them', async () => {
    const outsider = await claims(as('outsider'));
    expect(outsider.body.myTarget).toBeNull();
    const han = await claims(as('han'));
    expect(han.body.myTarget).toBe(333_333.33); // 华东's split reached 华东一组's han
    const pending = await confirm(as('han'));
    expect(pending.status).toBe(409);
    expect(pending.body.error.code).toBe('claim_pending');
    const claimId = han.body.mine?.id ?? '';
    expect((await decide(as('boss'), claimId, { decision: 'return', note: '已按分解下达' })).status).toBe(200);
    const confirmed = await confirm(as('han'));
    expect(confirmed.body.mine).toMatchObject({ status: 'confirmed', proposed: 300_000, confirmedAmount: 333_333.33, confirmedBy: id('han'), confirmedCurrent: true });
  });
});
