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
