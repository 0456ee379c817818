import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleFormSchema } from '../testing/sampleFormSchema.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
let admin: TestClient;
let member: TestClient;
let manager: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  member = (await server.createUser({ username: 'member1' })).client;
  manager = (await server.createUser({ username: 'manager1', role: 'manager' })).client;
});
afterAll(() => server.close());

interface AppView {
  id: string;
  name: string;
  description: string;
  icon: string | null;
  createdBy: string | null;
}

async function createApp(name: string): Promise<AppView> {
  const response = await admin.post<AppView>('/api/apps', { name });
  expect(response.status).toBe(201);
  return response.body;
}

async function publishForm(appId: string, schema = sampleFormSchema()): Promise<string> {
  const form = await admin.post<{ id: string }>(`/api/apps/${appId}/forms`, { schema });
  expect(form.status).toBe(201);
  expect((await admin.post(`/api/forms/${form.body.id}/publish`)).status).toBe(200);
  return form.body.id;
}

describe('apps', () => {
  it('creates an app with a description and icon, stamped with its creator', async () => {
    const me = await admin.get<{ user: { id: string } }>('/api/me');
    const response = await admin.post<AppView>('/api/apps', { name: '  CRM  ', description: '客户管理\n第二行', icon: '📇' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: 'CRM', description: '客户管理\n第二行', icon: '📇', createdBy: me.body.user.id });
    expect(response.body.id).toMatch(/^app_/);
  });

  it('changes an app', async () => {
    const app = await createApp('Old');
    const response = await admin.patch<AppView>(`/api/apps/${app.id}`, { name: 'New', icon: null });
    expect(response.body).toMatchObject({ name: 'New', icon: null });
    expect((await admin.patch('/api/apps/app_none', { name: 'x' })).status).toBe(404);
  });

  it('lets only admins create or change apps', async () => {
    const app = await createApp('Guarded');
    expect((await server.anonymous().post('/api/apps', { name: 'x' })).status).toBe(401);
    expect((await member.post('/api/apps', { name: 'x' })).status).toBe(403);
    expect((await manager.post('/api/apps', { name: 'x' })).status).toBe(403);
    expect((await member.patch(`/api/apps/${app.id}`, { name: 'x' })).status).toBe(403);
  });

  it('shows non-admins only the apps with a published form they may read', async () => {
    const empty = await createApp('Empty');
    const draftOnly = await createApp('Draft only');
    await admin.post(`/api/apps/${draftOnly.id}/forms`, { schema: sampleFormSchema() });
    const open = await createApp('Open');
    await publishForm(open.id);
    const adminsOnly = await createApp('Admins only');
    await publishForm(adminsOnly.id, sampleFormSchema({ settings: { access: { submit: { roles: ['admin'] }, rows: { member: 'own', manager: 'own' } } } }));

    const ids = (await member.get<{ items: AppView[] }>('/api/apps')).body.items.map((app) => app.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(empty.id);
    expect(ids).not.toContain(draftOnly.id);
    expect(ids).not.toContain(adminsOnly.id);
    expect((await member.get(`/api/apps/${open.id}`)).status).toBe(200);
    expect((await member.get(`/api/apps/${draftOnly.id}`)).status).toBe(404);

    const all = (await admin.get<{ items: AppView[] }>('/api/apps')).body.items.map((app) => app.id);
    expect(all).toEqual(expect.arrayContaining([empty.id, draftOnly.id, open.id, adminsOnly.id]));
  });

  it('is 404 for an unknown app', async () => {
    expect((await admin.get('/api/apps/app_nope')).status).toBe(404);
  });
});

describe("an app's colour (#15: the workbench draws each app in it)", () => {
  it('is kept on create and patch, cleared with null, and only ever a hex colour (pointer, both languages)', async () => {
    const created = await admin.post<AppView & { color: string | null }>('/api/apps', { name: 'Coloured', icon: 'target', color: '#2f7cf6' });
    expect(created.status).toBe(201);
    expect(created.body.color).toBe('#2f7cf6');
    expect((await createApp('Plain')) as AppView & { color?: string | null }).toMatchObject({ color: null });
    const patched = await admin.patch<{ color: string | null; icon: string | null }>(`/api/apps/${created.body.id}`, { color: '#fa8' });
    expect(patched.body).toMatchObject({ color: '#fa8', icon: 'target' });
    const zh = await admin.patch<{ error: { details: { pointer: string; message: string }[] } }>(`/api/apps/${created.body.id}`, { color: '#ggg' });
    expect(zh.status).toBe(400);
    expect(zh.body.error.details[0]).toMatchObject({ pointer: '/color', message: '必须是十六进制颜色，如 #2f7cf6' });
    const en = await admin.patch<{ error: { details: { pointer: string; message: string }[] } }>(`/api/apps/${created.body.id}?lang=en`, { color: '#12345' });
    expect(en.body.error.details[0]).toMatchObject({ pointer: '/color', message: 'must be a hex colour such as #2f7cf6' });
    expect((await admin.patch<{ color: string | null }>(`/api/apps/${created.body.id}`, { color: null })).body.color).toBeNull();
    expect((await admin.get<{ color: string | null }>(`/api/apps/${created.body.id}`)).body.color).toBeNull();
  });
});

describe("an app's quick forms (#15: a rep's daily forms on the workbench)", () => {
  it('are kept in order on patch, and only ever forms of the app, each once, three at most (pointer, both languages)', async () => {
    const app = await createApp('Quick');
    const visits = await publishForm(app.id);
    const followUps = await publishForm(app.id);
    expect((await admin.get<{ quickForms: string[] }>(`/api/apps/${app.id}`)).body.quickForms).toEqual([]);
    const patched = await admin.patch<{ quickForms: string[]; name: string }>(`/api/apps/${app.id}`, { quickForms: [followUps, visits] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'Quick', quickForms: [followUps, visits] });
    expect((await admin.get<{ quickForms: string[] }>(`/api/apps/${app.id}`)).body.quickForms).toEqual([followUps, visits]);
    // A rename leaves them alone.
    expect((await admin.patch<{ quickForms: string[] }>(`/api/apps/${app.id}`, { name: 'Quick 2' })).body.quickForms).toEqual([followUps, visits]);

    const elsewhere = await publishForm((await createApp('Elsewhere')).id);
    type Refusal = { error: { details: { pointer: string; message: string }[] } };
    const zh = await admin.patch<Refusal>(`/api/apps/${app.id}`, { quickForms: [visits, elsewhere] });
    expect(zh.status).toBe(400);
    expect(zh.body.error.details).toEqual([expect.objectContaining({ pointer: '/quickForms/1', message: `快捷表单“${elsewhere}”不是本应用的表单` })]);
    const en = await admin.patch<Refusal>(`/api/apps/${app.id}?lang=en`, { quickForms: [visits, visits] });
    expect(en.body.error.details).toEqual([expect.objectContaining({ pointer: '/quickForms/1', message: `The quick form "${visits}" is listed twice` })]);
    expect((await admin.patch(`/api/apps/${app.id}`, { quickForms: [visits, followUps, visits, followUps] })).status).toBe(400);
    expect((await member.patch(`/api/apps/${app.id}`, { quickForms: [] })).status).toBe(403);
    expect((await admin.get<{ quickForms: string[] }>(`/api/apps/${app.id}`)).body.quickForms).toEqual([followUps, visits]);
    expect((await admin.patch<{ quickForms: string[] }>(`/api/apps/${app.id}`, { quickForms: [] })).body.quickForms).toEqual([]);
  });

  it("name to a non-admin only the forms they may read: the ids of an admins' form stay the admins'", async () => {
    const app = await createApp('Quick, in part');
    const visits = await publishForm(app.id);
    const adminsOnly = await publishForm(app.id, { ...sampleFormSchema(), settings: { access: { submit: { roles: ['admin'] }, rows: { member: 'own' } } } });
    expect((await admin.patch(`/api/apps/${app.id}`, { quickForms: [adminsOnly, visits] })).status).toBe(200);
    expect((await member.get<{ quickForms: string[] }>(`/api/apps/${app.id}`)).body.quickForms).toEqual([visits]);
    const listed = await member.get<{ items: { id: string; quickForms: string[] }[] }>('/api/apps');
    expect(listed.body.items.find((each) => each.id === app.id)?.quickForms).toEqual([visits]);
    expect((await admin.get<{ quickForms: string[] }>(`/api/apps/${app.id}`)).body.quickForms).toEqual([adminsOnly, visits]);
  });
});
