import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleFormSchema } from '../testing/sampleFormSchema.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
let admin: TestClient;
let member: TestClient;
let memberId: string;
let appId: string;
let formId: string;
let otherAppFormId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  const rep = await server.createUser({ username: 'rep1' });
  member = rep.client;
  memberId = rep.user.id;
  appId = (await admin.post<{ id: string }>('/api/apps', { name: 'Sales' })).body.id;
  formId = (await admin.post<{ id: string }>(`/api/apps/${appId}/forms`, { schema: sampleFormSchema() })).body.id;
  const otherApp = (await admin.post<{ id: string }>('/api/apps', { name: 'HR' })).body.id;
  otherAppFormId = (await admin.post<{ id: string }>(`/api/apps/${otherApp}/forms`, { schema: sampleFormSchema() })).body.id;
});
afterAll(() => server.close());

interface DashboardView {
  id: string;
  appId: string;
  title: string;
  draft?: { title: string; widgets: unknown[] };
  draftRevision?: number;
  hasUnpublishedChanges?: boolean;
  published: { version: number; schema: { title: string } } | null;
  versions?: { version: number; publishedBy: string | null }[];
}
interface Envelope {
  error: { code: string; message: string; details: { pointer: string; code: string; message: string }[] | Record<string, unknown> | null };
}
interface Publish {
  version: number;
  created: boolean;
  publishedAt: string;
}

function dashboard(title = '销售看板', widgetFormId = formId) {
  return {
    kind: 'dashboard',
    schemaVersion: 1,
    title,
    widgets: [{ id: 'w_count', type: 'kpi', title: '客户数', query: { formId: widgetFormId }, layout: { x: 0, y: 0, w: 3, h: 2 } }],
  };
}

async function createDashboard(title = '销售看板'): Promise<DashboardView> {
  const response = await admin.post<DashboardView>(`/api/apps/${appId}/dashboards`, { schema: dashboard(title) });
  expect(response.status).toBe(201);
  return response.body;
}

describe('creating a dashboard', () => {
  it('stores the schema as draft revision 1 with nothing published, as forms do', async () => {
    const response = await admin.post<DashboardView>(`/api/apps/${appId}/dashboards`, { schema: dashboard('回款看板') });
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"1"');
    expect(response.body).toMatchObject({ appId, title: '回款看板', draftRevision: 1, published: null, versions: [], hasUnpublishedChanges: true });
    expect(response.body.id).toMatch(/^dsh_/);
    expect(response.body.draft?.widgets).toHaveLength(1);
  });

  it('refuses a schema the runtime refuses, with pointers into it, in either language, and stores nothing', async () => {
    const before = await server.sqlValue<number>("SELECT count(*) FROM documents WHERE kind = 'dashboard'");
    const bad = { ...dashboard(), widgets: [{ id: 'w_count', type: 'sparkline', title: 'x', query: { formId }, layout: { x: 0, y: 0, w: 3, h: 2 } }] };
    const zh = await admin.post<Envelope>(`/api/apps/${appId}/dashboards`, { schema: bad });
    expect(zh.status).toBe(400);
    expect(zh.body.error).toMatchObject({ code: 'invalid_schema', message: '仪表盘定义有误' });
    expect((zh.body.error.details as { pointer: string }[]).some((detail) => detail.pointer.startsWith('/widgets/0'))).toBe(true);
    const en = await admin.post<Envelope>(`/api/apps/${appId}/dashboards?lang=en`, { schema: { kind: 'form' } });
    expect(en.status).toBe(400);
    expect(en.body.error.message).toBe('The dashboard schema is invalid');
    expect(Number(await server.sqlValue("SELECT count(*) FROM documents WHERE kind = 'dashboard'"))).toBe(Number(before));
  });

  it('refuses a widget over a form of another app, or no form at all, naming the widget', async () => {
    for (const widgetFormId of [otherAppFormId, 'frm_none']) {
      const response = await admin.post<Envelope>(`/api/apps/${appId}/dashboards?lang=en`, { schema: dashboard('x', widgetFormId) });
      expect(response.status).toBe(400);
      expect(response.body.error.details).toEqual([{ pointer: '/widgets/0/query/formId', code: 'unknownForm', message: `This app has no form ${widgetFormId}` }]);
    }
  });

  it('is 404 for an unknown app and 403 for non-admins', async () => {
    expect((await admin.post('/api/apps/app_none/dashboards', { schema: dashboard() })).status).toBe(404);
    expect((await member.post(`/api/apps/${appId}/dashboards`, { schema: dashboard() })).status).toBe(403);
  });
});

describe('saving dashboard drafts', () => {
  it('bumps the revision and returns it as the ETag', async () => {
    const created = await createDashboard();
    const saved = await admin.put<DashboardView>(`/api/dashboards/${created.id}`, { schema: dashboard('改名') }, { headers: { 'if-match': '"1"' } });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ title: '改名', draftRevision: 2 });
    expect(saved.headers.get('etag')).toBe('"2"');
  });

  it('answers a stale If-Match with 409 and the current revision, in either language, keeping the other save', async () => {
    const created = await createDashboard();
    expect((await admin.put(`/api/dashboards/${created.id}`, { schema: dashboard('First editor') }, { headers: { 'if-match': '1' } })).status).toBe(200);
    const stale = await admin.put<Envelope>(`/api/dashboards/${created.id}`, { schema: dashboard('Second editor') }, { headers: { 'if-match': '1' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'stale_draft', message: '仪表盘草稿已被他人修改，请刷新后再试', details: { currentRevision: 2 } });
    const staleEn = await admin.put<Envelope>(`/api/dashboards/${created.id}?lang=en`, { schema: dashboard('Second editor') }, { headers: { 'if-match': '1' } });
    expect(staleEn.body.error.message).toBe("Someone else changed this dashboard's draft; reload and try again");
    expect((await admin.get<DashboardView>(`/api/dashboards/${created.id}`)).body.draft?.title).toBe('First editor');
  });

  it('refuses an invalid schema and keeps the draft as it was', async () => {
    const created = await createDashboard();
    expect((await admin.put(`/api/dashboards/${created.id}`, { schema: dashboard('x', otherAppFormId) })).status).toBe(400);
    expect((await admin.get<DashboardView>(`/api/dashboards/${created.id}`)).body).toMatchObject({ draftRevision: 1, title: '销售看板' });
  });

  it('is 404 for an unknown dashboard or another kind of document, 403 for non-admins', async () => {
    expect((await admin.put('/api/dashboards/dsh_none', { schema: dashboard() })).status).toBe(404);
    await server.context.stores.documents.create({ id: 'wfl_test', kind: 'workflow', appId, formId, draft: { kind: 'workflow' }, createdBy: null, createdAt: 1 });
    expect((await admin.put('/api/dashboards/wfl_test', { schema: dashboard() })).status).toBe(404);
    expect((await admin.get('/api/dashboards/wfl_test')).status).toBe(404);
    expect((await admin.post('/api/dashboards/wfl_test/publish')).status).toBe(404);
    const created = await createDashboard();
    expect((await member.put(`/api/dashboards/${created.id}`, { schema: dashboard() })).status).toBe(403);
  });
});

describe('publishing dashboards', () => {
  it('publishes versions 1, 2…; an unchanged draft publishes nothing; the versions are listed', async () => {
    const created = await createDashboard();
    const first = await admin.post<Publish>(`/api/dashboards/${created.id}/publish`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, created: true });
    expect((await admin.post<Publish>(`/api/dashboards/${created.id}/publish`)).body).toMatchObject({ version: 1, created: false });
    await admin.put(`/api/dashboards/${created.id}`, { schema: dashboard('第二版') }, { headers: { 'if-match': '1' } });
    expect((await admin.post<Publish>(`/api/dashboards/${created.id}/publish`, undefined, { headers: { 'if-match': '"2"' } })).body).toMatchObject({ version: 2, created: true });
    const read = await admin.get<DashboardView>(`/api/dashboards/${created.id}`);
    expect(read.body).toMatchObject({ published: { version: 2, schema: { title: '第二版' } }, hasUnpublishedChanges: false });
    const versions = await admin.get<{ items: { version: number; publishedBy: string }[] }>(`/api/dashboards/${created.id}/versions`);
    expect(versions.status).toBe(200);
    expect(versions.body.items.map((version) => version.version)).toEqual([1, 2]);
    expect(versions.body.items[0]?.publishedBy).toMatch(/^usr_/);
    // Each version reads back as it was published, for the designer to show or restore.
    const versionOne = await admin.get<{ version: number; publishedAt: string; schema: { title: string } }>(`/api/dashboards/${created.id}/versions/1`);
    expect(versionOne.status).toBe(200);
    expect(versionOne.body).toMatchObject({ version: 1, publishedAt: expect.any(String) as unknown, schema: { title: '销售看板' } });
    expect((await admin.get<{ schema: { title: string } }>(`/api/dashboards/${created.id}/versions/2`)).body.schema.title).toBe('第二版');
    expect((await admin.get(`/api/dashboards/${created.id}/versions/3`)).status).toBe(404);
    expect((await admin.get(`/api/dashboards/${created.id}/versions/x`)).status).toBe(404);
  });

  it('answers a stale If-Match with 409 and publishes nothing', async () => {
    const created = await createDashboard();
    await admin.put(`/api/dashboards/${created.id}`, { schema: dashboard('新') }, { headers: { 'if-match': '1' } });
    const stale = await admin.post<Envelope>(`/api/dashboards/${created.id}/publish`, undefined, { headers: { 'if-match': '1' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'stale_draft', details: { currentRevision: 2 } });
    expect((await admin.get<DashboardView>(`/api/dashboards/${created.id}`)).body.published).toBeNull();
  });

  it('makes one version of racing publishes of one draft', async () => {
    const created = await createDashboard();
    const results = await Promise.all(Array.from({ length: 5 }, () => admin.post<Publish>(`/api/dashboards/${created.id}/publish`)));
    expect(results.map((result) => result.status)).toEqual([200, 200, 200, 200, 200]);
    expect(results.filter((result) => result.body.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.body.version))).toEqual(new Set([1]));
    expect((await admin.get<{ items: unknown[] }>(`/api/dashboards/${created.id}/versions`)).body.items).toHaveLength(1);
  });

  it('is 403 for non-admins, and 404 for an unknown dashboard', async () => {
    const created = await createDashboard();
    expect((await member.post(`/api/dashboards/${created.id}/publish`)).status).toBe(403);
    expect((await member.get(`/api/dashboards/${created.id}/versions`)).status).toBe(403);
    expect((await member.get(`/api/dashboards/${created.id}/versions/1`)).status).toBe(403);
    expect((await admin.get('/api/dashboards/dsh_none/versions/1')).status).toBe(404);
    expect((await admin.post('/api/dashboards/dsh_none/publish')).status).toBe(404);
    expect((await admin.get('/api/dashboards/dsh_none/versions')).status).toBe(404);
  });
});

describe('who sees a dashboard', () => {
  it('members see published, live dashboards only — the published version, never the draft — and 404 for the rest', async () => {
    const app = (await admin.post<{ id: string }>('/api/apps', { name: 'Service' })).body.id;
    const form = (await admin.post<{ id: string }>(`/api/apps/${app}/forms`, { schema: sampleFormSchema() })).body.id;
    const create = async (title: string) => (await admin.post<DashboardView>(`/api/apps/${app}/dashboards`, { schema: dashboard(title, form) })).body;
    const draftOnly = await create('草稿');
    // Nothing published in the app yet: the list is a 404 for members, as for forms.
    expect((await member.get(`/api/apps/${app}/dashboards`)).status).toBe(404);
    expect((await member.get(`/api/dashboards/${draftOnly.id}`)).status).toBe(404);

    const live = await create('已发布');
    await admin.post(`/api/dashboards/${live.id}/publish`);
    await admin.put(`/api/dashboards/${live.id}`, { schema: dashboard('未发布的改动', form) }, { headers: { 'if-match': '1' } });
    const archived = await create('已归档');
    await admin.post(`/api/dashboards/${archived.id}/publish`);
    expect(await server.context.stores.documents.setArchived(archived.id, { at: 1, by: memberId })).toBe(true);

    const seen = await member.get<DashboardView>(`/api/dashboards/${live.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toEqual({ id: live.id, appId: app, title: '已发布', published: expect.objectContaining({ version: 1, schema: expect.objectContaining({ title: '已发布' }) }) as unknown, updatedAt: expect.any(String) as unknown });
    expect((await member.get(`/api/dashboards/${archived.id}`)).status).toBe(404);
    const listed = await member.get<{ items: { id: string; title: string; draftRevision?: number }[] }>(`/api/apps/${app}/dashboards`);
    expect(listed.body.items).toEqual([{ id: live.id, appId: app, title: '已发布', publishedVersion: 1, updatedAt: expect.any(String) as unknown }]);

    const all = await admin.get<{ items: { id: string; title: string; hasUnpublishedChanges: boolean }[] }>(`/api/apps/${app}/dashboards`);
    // Admins see every one (the clock stands still here, so the order of equal times is the ids').
    expect(Object.fromEntries(all.body.items.map((item) => [item.title, item.hasUnpublishedChanges]))).toEqual({ 草稿: true, 未发布的改动: true, 已归档: false });
    expect((await admin.get('/api/apps/app_none/dashboards')).status).toBe(404);
    expect((await member.get('/api/apps/app_none/dashboards')).status).toBe(404);
  });

  it('is described in the OpenAPI document', async () => {
    const document = await admin.get<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
    expect(Object.keys(document.body.paths['/api/apps/{appId}/dashboards'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(document.body.paths['/api/dashboards/{id}'] ?? {}).sort()).toEqual(['get', 'put']);
    expect(document.body.paths['/api/dashboards/{id}/publish']).toHaveProperty('post');
    expect(document.body.paths['/api/dashboards/{id}/versions']).toHaveProperty('get');
    expect(document.body.paths['/api/dashboards/{id}/versions/{version}']).toHaveProperty('get');
  });
});
