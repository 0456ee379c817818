import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleFormSchema } from '../testing/sampleFormSchema.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
let admin: TestClient;
let member: TestClient;
let appId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  member = (await server.createUser({ username: 'member1' })).client;
  appId = (await admin.post<{ id: string }>('/api/apps', { name: 'Sales' })).body.id;
});
afterAll(() => server.close());

interface FormView {
  id: string;
  appId: string;
  title: string;
  draft?: FormSchema;
  draftRevision?: number;
  hasUnpublishedChanges?: boolean;
  published: { version: number; schema: FormSchema } | null;
  versions?: { version: number; publishedBy: string | null }[];
}
interface Envelope {
  error: { code: string; message: string; details: { pointer: string; code: string; message: string }[] | Record<string, unknown> | null };
}
interface Publish {
  version: number;
  created: boolean;
  changes: { added: string[]; removed: string[]; retyped: { fieldId: string; from: string; to: string }[] };
}

async function createForm(schema: FormSchema = sampleFormSchema()): Promise<FormView> {
  const response = await admin.post<FormView>(`/api/apps/${appId}/forms`, { schema });
  expect(response.status).toBe(201);
  return response.body;
}

describe('creating a form', () => {
  it('stores the schema as draft revision 1 with nothing published', async () => {
    const form = await createForm(sampleFormSchema({ title: '客户' }));
    expect(form).toMatchObject({ appId, title: '客户', draftRevision: 1, published: null, versions: [], hasUnpublishedChanges: true });
    expect(form.draft?.fields.map((f) => f.id)).toEqual(['f_name', 'f_amount']);
  });

  it('rejects a schema that fails the meta-schema, naming the JSON pointers at fault', async () => {
    const before = await server.sqlValue<number>('SELECT count(*) FROM forms');
    const bad = { ...sampleFormSchema(), fields: [{ id: 'f_a', type: 'text' }, { id: 'f_b', type: 'nonsense', label: 'B' }] };
    const response = await admin.post<Envelope>(`/api/apps/${appId}/forms?lang=en`, { schema: bad });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_schema');
    const pointers = (response.body.error.details as { pointer: string }[]).map((d) => d.pointer);
    expect(pointers.some((p) => p.startsWith('/fields/0'))).toBe(true);
    expect(pointers.some((p) => p.startsWith('/fields/1'))).toBe(true);
    for (const detail of response.body.error.details as { message: string }[]) expect(typeof detail.message).toBe('string');
    expect(await server.sqlValue('SELECT count(*) FROM forms')).toBe(before);
  });

  it('rejects a formula that refers to a field that does not exist', async () => {
    const schema = sampleFormSchema({
      fields: [
        { id: 'f_a', type: 'number', label: 'A' },
        { id: 'f_total', type: 'formula', label: 'Total', expression: { '+': [{ var: 'f_a' }, { var: 'f_missing' }] } },
      ],
    });
    const response = await admin.post<Envelope>(`/api/apps/${appId}/forms`, { schema });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_schema');
    expect((response.body.error.details as { pointer: string }[])[0]?.pointer).toMatch(/^\/fields\/1/);
  });

  it('rejects formulas in a cycle', async () => {
    const schema = sampleFormSchema({
      fields: [
        { id: 'f_a', type: 'formula', label: 'A', expression: { '+': [{ var: 'f_b' }, 1] } },
        { id: 'f_b', type: 'formula', label: 'B', expression: { '+': [{ var: 'f_a' }, 1] } },
      ],
    });
    const response = await admin.post<Envelope>(`/api/apps/${appId}/forms`, { schema });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_schema');
  });

  it('keeps HTML in labels verbatim (the renderer shows it as text)', async () => {
    const label = '<img src=x onerror=alert(1)>';
    const form = await createForm(sampleFormSchema({ fields: [{ id: 'f_x', type: 'text', label }] }));
    const read = await admin.get<FormView>(`/api/forms/${form.id}`);
    expect(read.body.draft?.fields[0]?.label).toBe(label);
  });

  it('is 404 for an unknown app and 403 for non-admins', async () => {
    expect((await admin.post('/api/apps/app_none/forms', { schema: sampleFormSchema() })).status).toBe(404);
    expect((await member.post(`/api/apps/${appId}/forms`, { schema: sampleFormSchema() })).status).toBe(403);
  });
});

describe('saving drafts', () => {
  it('bumps the revision and returns it as the ETag', async () => {
    const form = await createForm();
    const saved = await admin.put<FormView>(`/api/forms/${form.id}`, { schema: sampleFormSchema({ title: 'Renamed' }) }, { headers: { 'if-match': '"1"' } });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ title: 'Renamed', draftRevision: 2 });
    expect(saved.headers.get('etag')).toBe('"2"');
  });

  it('answers a stale If-Match with 409 and the current revision, keeping the other save', async () => {
    const form = await createForm();
    await admin.put(`/api/forms/${form.id}`, { schema: sampleFormSchema({ title: 'First editor' }) }, { headers: { 'if-match': '1' } });
    const stale = await admin.put<Envelope>(`/api/forms/${form.id}`, { schema: sampleFormSchema({ title: 'Second editor' }) }, { headers: { 'if-match': '1' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_draft');
    expect(stale.body.error.details).toEqual({ currentRevision: 2 });
    expect((await admin.get<FormView>(`/api/forms/${form.id}`)).body.draft?.title).toBe('First editor');
  });

  it('refuses an If-Match that is not a revision', async () => {
    const form = await createForm();
    const response = await admin.put<Envelope>(`/api/forms/${form.id}`, { schema: sampleFormSchema() }, { headers: { 'if-match': 'banana' } });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_if_match');
  });

  it('refuses an invalid schema and keeps the draft as it was', async () => {
    const form = await createForm();
    const response = await admin.put<Envelope>(`/api/forms/${form.id}`, { schema: { kind: 'form' } });
    expect(response.status).toBe(400);
    const read = await admin.get<FormView>(`/api/forms/${form.id}`);
    expect(read.body).toMatchObject({ draftRevision: 1, title: 'Customer' });
  });

  it('is 404 for an unknown form, 403 for non-admins', async () => {
    expect((await admin.put('/api/forms/frm_none', { schema: sampleFormSchema() })).status).toBe(404);
    const form = await createForm();
    expect((await member.put(`/api/forms/${form.id}`, { schema: sampleFormSchema() })).status).toBe(403);
  });
});

describe('publishing', () => {
  it('creates version 1, then N+1 from each changed draft, keeping every version', async () => {
    const form = await createForm();
    const v1 = await admin.post<Publish>(`/api/forms/${form.id}/publish`);
    expect(v1.status).toBe(200);
    expect(v1.body).toMatchObject({ version: 1, created: true, changes: { added: ['f_name', 'f_amount'], removed: [], retyped: [] } });

    const next = sampleFormSchema({
      fields: [
        { id: 'f_name', type: 'text', label: 'Name' },
        { id: 'f_amount', type: 'text', label: 'Amount (text now)' },
        { id: 'f_phone', type: 'phone', label: 'Phone' },
      ],
    });
    await admin.put(`/api/forms/${form.id}`, { schema: next });
    const v2 = await admin.post<Publish>(`/api/forms/${form.id}/publish`);
    expect(v2.body).toMatchObject({ version: 2, created: true, changes: { added: ['f_phone'], removed: [], retyped: [{ fieldId: 'f_amount', from: 'number', to: 'text' }] } });

    await admin.put(`/api/forms/${form.id}`, { schema: sampleFormSchema({ fields: [{ id: 'f_name', type: 'text', label: 'Name' }] }) });
    const v3 = await admin.post<Publish>(`/api/forms/${form.id}/publish`);
    expect(v3.body.changes.removed.sort()).toEqual(['f_amount', 'f_phone']);

    const read = await admin.get<FormView>(`/api/forms/${form.id}`);
    expect(read.body.published?.version).toBe(3);
    expect(read.body.versions?.map((v) => v.version)).toEqual([1, 2, 3]);
    const old = await admin.get<{ version: number; schema: FormSchema }>(`/api/forms/${form.id}/versions/1`);
    expect(old.body.schema.fields.map((f) => f.id)).toEqual(['f_name', 'f_amount']);
  });

  it('publishing one draft from several requests at once makes one version; the others answer it was already published', async () => {
    // A publish hook that takes its time keeps each publish's transaction open, so they overlap.
    const slow = await startTestServer({ formPublishHooks: [{ name: 'slow', onPublish: () => new Promise((resolve) => setTimeout(() => resolve(undefined), 100)) }] });
    try {
      const owner = await slow.loginAsAdmin();
      const app = await owner.post<{ id: string }>('/api/apps', { name: 'Race' });
      const created = await owner.post<{ id: string }>(`/api/apps/${app.body.id}/forms`, { schema: sampleFormSchema() });
      const answers = await Promise.all(Array.from({ length: 3 }, () => owner.post<Publish>(`/api/forms/${created.body.id}/publish`)));
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
      expect(answers.filter((answer) => answer.body.created)).toHaveLength(1);
      expect(answers.map((answer) => answer.body.version)).toEqual([1, 1, 1]);
      expect((await owner.get<FormView>(`/api/forms/${created.body.id}`)).body.versions?.map((v) => v.version)).toEqual([1]);
    } finally {
      await slow.close();
    }
  });

  it('writes nothing new when the draft equals the published version', async () => {
    const form = await createForm();
    await admin.post(`/api/forms/${form.id}/publish`);
    const again = await admin.post<Publish>(`/api/forms/${form.id}/publish`);
    expect(again.body).toMatchObject({ version: 1, created: false });
    expect(await server.sqlValue('SELECT count(*) FROM form_versions WHERE form_id = ?', form.id)).toBe(1);
    expect((await admin.get<FormView>(`/api/forms/${form.id}`)).body.hasUnpublishedChanges).toBe(false);
  });

  it('refuses to publish a draft changed since the If-Match revision', async () => {
    const form = await createForm();
    await admin.put(`/api/forms/${form.id}`, { schema: sampleFormSchema({ title: 'Changed' }) });
    const response = await admin.post<Envelope>(`/api/forms/${form.id}/publish`, undefined, { headers: { 'if-match': '"1"' } });
    expect(response.status).toBe(409);
    expect(await server.sqlValue('SELECT count(*) FROM form_versions WHERE form_id = ?', form.id)).toBe(0);
  });

  it('is 404 for unknown forms and versions, 403 for non-admins', async () => {
    expect((await admin.post('/api/forms/frm_none/publish')).status).toBe(404);
    const form = await createForm();
    expect((await member.post(`/api/forms/${form.id}/publish`)).status).toBe(403);
    await admin.post(`/api/forms/${form.id}/publish`);
    expect((await admin.get(`/api/forms/${form.id}/versions/2`)).status).toBe(404);
    expect((await admin.get(`/api/forms/${form.id}/versions/abc`)).status).toBe(404);
  });
});

describe('what non-admins see', () => {
  it('a published form without its draft; a draft-only form is 404', async () => {
    const form = await createForm();
    expect((await member.get(`/api/forms/${form.id}`)).status).toBe(404);
    await admin.post(`/api/forms/${form.id}/publish`);
    await admin.put(`/api/forms/${form.id}`, { schema: sampleFormSchema({ title: 'Secret draft title' }) });
    const read = await member.get<FormView>(`/api/forms/${form.id}`);
    expect(read.status).toBe(200);
    expect(read.body.published?.version).toBe(1);
    expect(read.body.title).toBe('Customer');
    expect(read.body).not.toHaveProperty('draft');
    expect(read.body).not.toHaveProperty('draftRevision');
    expect(JSON.stringify(read.body)).not.toContain('Secret draft title');
  });

  it('only forms whose access.submit lets them in (by role, user or department subtree)', async () => {
    const sales = (await admin.post<{ id: string }>('/api/departments', { name: 'Sales' })).body;
    const east = (await admin.post<{ id: string }>('/api/departments', { name: 'East', parentId: sales.id })).body;
    const { client: eastRep } = await server.createUser({ username: 'eastrep', departmentId: east.id });
    const { user: named, client: namedClient } = await server.createUser({ username: 'named' });
    const closed = { member: 'own', manager: 'own' } as const;

    const byDepartment = await createForm(sampleFormSchema({ title: 'Dept', settings: { access: { submit: { departments: [sales.id] }, rows: closed } } }));
    const byUser = await createForm(sampleFormSchema({ title: 'User', settings: { access: { submit: { users: [named.id] }, rows: closed } } }));
    for (const form of [byDepartment, byUser]) await admin.post(`/api/forms/${form.id}/publish`);

    expect((await eastRep.get(`/api/forms/${byDepartment.id}`)).status).toBe(200);
    expect((await eastRep.get(`/api/forms/${byUser.id}`)).status).toBe(404);
    expect((await namedClient.get(`/api/forms/${byUser.id}`)).status).toBe(200);
    expect((await namedClient.get(`/api/forms/${byDepartment.id}`)).status).toBe(404);
    expect((await member.get(`/api/forms/${byDepartment.id}/versions/1`)).status).toBe(404);

    const listed = (await eastRep.get<{ items: { id: string }[] }>(`/api/apps/${appId}/forms`)).body.items.map((f) => f.id);
    expect(listed).toContain(byDepartment.id);
    expect(listed).not.toContain(byUser.id);
  });

  it('a manager reads a form open to department rows even without submitting to it', async () => {
    const { client: manager } = await server.createUser({ username: 'mgr', role: 'manager' });
    const form = await createForm(sampleFormSchema({ settings: { access: { submit: { roles: ['member'] } } } }));
    await admin.post(`/api/forms/${form.id}/publish`);
    expect((await manager.get(`/api/forms/${form.id}`)).status).toBe(200);
  });

  it("an app's form list: admins every form with its draft state, others 404 when nothing is theirs", async () => {
    const otherApp = (await admin.post<{ id: string }>('/api/apps', { name: 'Drafts only' })).body.id;
    const draft = await admin.post<{ id: string }>(`/api/apps/${otherApp}/forms`, { schema: sampleFormSchema() });
    const list = await admin.get<{ items: { id: string; publishedVersion: number | null; hasUnpublishedChanges: boolean }[] }>(`/api/apps/${otherApp}/forms`);
    expect(list.body.items).toEqual([expect.objectContaining({ id: draft.body.id, publishedVersion: null, hasUnpublishedChanges: true })]);
    expect((await member.get(`/api/apps/${otherApp}/forms`)).status).toBe(404);
    expect((await admin.get('/api/apps/app_none/forms')).status).toBe(404);
  });

  it('nothing anonymously', async () => {
    const form = await createForm();
    expect((await server.anonymous().get(`/api/forms/${form.id}`)).status).toBe(401);
    expect((await server.anonymous().get(`/api/apps/${appId}/forms`)).status).toBe(401);
  });
});
