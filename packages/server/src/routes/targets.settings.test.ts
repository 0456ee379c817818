import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageBody } from '../records/testing/publishForm.js';
import type { TestClient } from '../testing/TestClient.js';
import { TestClock } from '../testing/TestClock.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

// How often a target may change in its period (#13), over HTTP on both databases: an app setting
// (default: no limit) kept with its history; a decomposition or an approved claim beyond it is
// refused, in both languages, and nothing is written.

let server: TestServer;
let admin: TestClient;
let boss: TestClient;
let li: TestClient;
let appId: string;
const ids: Record<string, string> = {};

interface Envelope {
  error: { code: string; message: string; details: { pointer: string; code: string; message: string }[] | null };
}

const settingsPath = () => `/api/apps/${appId}/targets/settings`;
const split = (amount: number, headers: Record<string, string> = {}) =>
  admin.post<Envelope & { replaced?: number }>(`/api/apps/${appId}/targets/decompose`, { root: { period: '2026-11', amount, metric: 'k_sales', department: ids['east'] }, org: { to: 'person', method: 'even' }, dryRun: false, reason: '调整' }, { headers });
const formNamed = async (title: string) => (await admin.get<{ items: { id: string; title: string }[] }>(`/api/apps/${appId}/forms`)).body.items.find((form) => form.title === title)?.id ?? '';
const amounts = async () => {
  const page = await admin.get<PageBody>(`/api/forms/${await formNamed('目标')}/records?limit=100`);
  return page.body.items.map((record) => [record.data['tgt_level'], record.data['tgt_amount']]).sort();
};

beforeAll(async () => {
  server = await startTestServer({ clock: new TestClock(Date.UTC(2026, 10, 15, 4, 0, 0)) });
  admin = await server.loginAsAdmin();
  ids['east'] = (await admin.post<{ id: string }>('/api/departments', { name: '华东区' })).body.id;
  const rep = await server.createUser({ username: 'li', role: 'member', departmentId: ids['east'] });
  ids['li'] = rep.user.id;
  li = rep.client;
  const manager = await server.createUser({ username: 'boss', role: 'manager', departmentId: ids['east'] });
  boss = manager.client;
  expect((await admin.patch(`/api/departments/${ids['east']}`, { managerId: manager.user.id })).status).toBe(200);
  appId = (await admin.post<{ id: string }>('/api/apps', { name: '销售' })).body.id;
});
afterAll(() => server.close());

describe('targets settings: how often a target may change in a period', () => {
  it('is unlimited by default, and only admins change it, to a whole number of 0 or more or null', async () => {
    expect((await li.get(settingsPath())).body).toEqual({ maxChangesPerPeriod: null });
    expect((await boss.put(settingsPath(), { maxChangesPerPeriod: 1 })).status).toBe(403);
    expect((await li.put(settingsPath(), { maxChangesPerPeriod: null })).status).toBe(403);
    for (const bad of [-1, 1.5, '2']) {
      const response = await admin.put<Envelope>(settingsPath(), { maxChangesPerPeriod: bad });
      expect(response.status).toBe(400);
      expect(response.body.error.details?.[0]?.pointer).toBe('/maxChangesPerPeriod');
    }
    const saved = await admin.put(settingsPath(), { maxChangesPerPeriod: 1, reason: '目标认领会后锁定' });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ maxChangesPerPeriod: 1 });
    expect((await li.get(settingsPath())).body).toEqual({ maxChangesPerPeriod: 1 });
    // Changed again: still one record, and its history says who and why.
    expect((await admin.put(settingsPath(), { maxChangesPerPeriod: 2, reason: '季度末放宽' })).status).toBe(200);
    expect((await admin.put(settingsPath(), { maxChangesPerPeriod: 1, reason: '恢复' })).status).toBe(200);
    const page = await admin.get<PageBody>(`/api/forms/${await formNamed('目标设置')}/records`);
    expect(page.body.items).toHaveLength(1);
    const history = await admin.get<{ items: { action: string; reason: string | null }[] }>(`/api/records/${page.body.items[0]?.id ?? ''}/history`);
    expect(history.body.items.map((entry) => [entry.action, entry.reason])).toEqual([['create', null], ['update', '季度末放宽'], ['update', '恢复']]);
  });

  it('lets a target change as often as the setting says, then refuses the whole write in both languages', async () => {
    expect((await split(1_000_000)).status).toBe(201); // written: not a change
    const first = await split(1_200_000); // the first change of each target
    expect(first.status).toBe(201);
    expect(first.body.replaced).toBe(3);
    expect((await split(1_200_000)).status).toBe(201); // the same amounts: no change at all
    const refused = await split(1_500_000);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('target_changes_exhausted');
    expect(refused.body.error.message).toContain('调整次数已用完');
    expect(refused.body.error.details?.map((detail) => detail.pointer)).toEqual(['/records/0', '/records/1', '/records/2']);
    const inEnglish = await split(1_500_000, { 'accept-language': 'en' });
    expect(inEnglish.body.error.message).toBe('3 target(s) have used up the 1 change(s) allowed in a period; none was written');
    expect(inEnglish.body.error.details?.[0]?.message).toBe('The 2026-11 target has already changed 1 time(s), the most this app allows in a period (1)');
    expect(await amounts()).toEqual([['department', 1_200_000], ['person', 600_000], ['person', 600_000]]);
  });

  it("refuses an approved claim that would change a rep's target once more, and leaves the claim waiting", async () => {
    const claimed = await li.post<{ mine: { id: string } }>(`/api/apps/${appId}/targets/claims`, { period: '2026-11', metric: 'k_sales', proposed: 700_000 });
    expect(claimed.status).toBe(200);
    const decided = await boss.post<Envelope>(`/api/apps/${appId}/targets/claims/${claimed.body.mine.id}/decision`, { decision: 'approve' });
    expect(decided.status).toBe(409);
    expect(decided.body.error.code).toBe('target_changes_exhausted');
    expect((await li.get<{ mine: { status: string } }>(`/api/apps/${appId}/targets/claims?period=2026-11&metric=k_sales`)).body.mine.status).toBe('proposed');
    // No limit again: the change goes through.
    expect((await admin.put(settingsPath(), { maxChangesPerPeriod: null, reason: '放开' })).status).toBe(200);
    expect((await boss.post(`/api/apps/${appId}/targets/claims/${claimed.body.mine.id}/decision`, { decision: 'approve' })).status).toBe(200);
    expect(await amounts()).toEqual([['department', 1_200_000], ['person', 600_000], ['person', 700_000]]);
  });
});
