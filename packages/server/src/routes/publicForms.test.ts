import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detailsOf, publishNewForm, republish, type ErrorBody, type PageBody, type RecordBody } from '../records/testing/publishForm.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

const survey: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '客户满意度调查',
  fields: [
    { id: 'f_name', type: 'text', label: '姓名', required: true },
    { id: 'f_score', type: 'number', label: '评分', min: 1, max: 5 },
    { id: 'f_double', type: 'formula', label: 'Double', expression: { '*': [{ var: 'f_score' }, 2] } },
  ],
  settings: { publicLink: { enabled: true }, submitText: '提交问卷', access: { submit: { roles: ['manager'] }, rows: { member: 'own' } } },
};

type PublicFormBody = { title: string; version: number; schema: FormSchema } & ErrorBody;
type FormBody = { id: string; publicUrl: string | null } & ErrorBody;

const tokenOf = (url: string | null | undefined): string => /^\/p\/([A-Za-z0-9_-]{43})$/.exec(url ?? '')?.[1] ?? 'missing';

let server: TestServer;
let admin: TestClient;
let stranger: TestClient;
let appId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  stranger = server.anonymous();
  appId = (await admin.post<{ id: string }>('/api/apps', { name: 'Surveys' })).body.id;
});
afterAll(() => server.close());

async function openPublicForm(schema: FormSchema = survey): Promise<{ formId: string; token: string }> {
  const formId = await publishNewForm(admin, schema, appId);
  const form = await admin.get<FormBody>(`/api/forms/${formId}`);
  return { formId, token: tokenOf(form.body.publicUrl) };
}

describe('a form opened to the public', () => {
  it('gives admins its link, shows strangers the published schema without the organisation settings, and takes their submission', async () => {
    const { formId, token } = await openPublicForm();
    expect(token).not.toBe('missing');
    // The same link every time.
    expect((await admin.get<FormBody>(`/api/forms/${formId}`)).body.publicUrl).toBe(`/p/${token}`);

    const opened = await stranger.get<PublicFormBody>(`/api/public/${token}`);
    expect(opened.status).toBe(200);
    expect(opened.body.title).toBe('客户满意度调查');
    expect(opened.body.schema.fields.map((field) => field.id)).toEqual(['f_name', 'f_score', 'f_double']);
    expect(opened.body.schema.settings).toEqual({ submitText: '提交问卷' });

    const sent = await stranger.post<{ submitted: boolean; submittedAt: string } & Record<string, unknown>>(`/api/public/${token}/records`, { data: { f_name: '王芳', f_score: 4 } });
    expect(sent.status).toBe(201);
    expect(sent.body.submitted).toBe(true);
    // An acknowledgement only: a stranger reads nothing of the stored record back.
    expect(Object.keys(sent.body).sort()).toEqual(['submitted', 'submittedAt']);

    const records = await admin.get<PageBody>(`/api/forms/${formId}/records`);
    expect(records.body.items).toHaveLength(1);
    const [record] = records.body.items;
    expect(record?.data).toMatchObject({ f_name: '王芳', f_score: 4, f_double: 8 });
    const adminId = (await admin.get<{ user: { id: string } }>('/api/me')).body.user.id;
    expect(record?.ownerId).toBe(adminId);
    expect(record?.creatorId).toBe(adminId);
  });

  it('checks a submission with the engine, in the caller’s language', async () => {
    const { token } = await openPublicForm();
    const refused = await stranger.post<ErrorBody>(`/api/public/${token}/records?lang=zh-CN`, { data: { f_score: 9 } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('invalid_record');
    expect(detailsOf(refused.body).map((detail) => detail.fieldId).sort()).toEqual(['f_name', 'f_score']);
    expect(refused.body.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('gives submissions to the owner the form names', async () => {
    const { user: owner } = await server.createUser({ username: 'survey-owner', role: 'manager' });
    const { formId, token } = await openPublicForm({ ...survey, settings: { ...survey.settings, publicLink: { enabled: true, ownerId: owner.id } } });
    expect((await stranger.post(`/api/public/${token}/records`, { data: { f_name: 'A' } })).status).toBe(201);
    const [record] = (await admin.get<PageBody>(`/api/forms/${formId}/records`)).body.items;
    expect(record?.ownerId).toBe(owner.id);
  });

  it('makes no second record for a repeated Idempotency-Key, and refuses the key with other data', async () => {
    const { formId, token } = await openPublicForm();
    const headers = { 'Idempotency-Key': 'survey-1' };
    expect((await stranger.request('POST', `/api/public/${token}/records`, { body: { data: { f_name: 'Once' } }, headers })).status).toBe(201);
    const again = await stranger.request('POST', `/api/public/${token}/records`, { body: { data: { f_name: 'Once' } }, headers });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await stranger.request('POST', `/api/public/${token}/records`, { body: { data: { f_name: 'Other' } }, headers })).status).toBe(422);
    expect((await admin.get<PageBody>(`/api/forms/${formId}/records`)).body.total).toBe(1);
  });
});

describe('what a public token does not reach', () => {
  it('reads no records, no list, no form by id, nothing signed-in, and no form that is not public', async () => {
    const { formId, token } = await openPublicForm();
    const { client: rep } = await server.createUser({ role: 'member' });
    const privateForm = await publishNewForm(admin, { ...survey, settings: {} }, appId);
    const record = (await rep.post<RecordBody>(`/api/forms/${privateForm}/records`, { data: { f_name: 'Secret' } })).body;
    expect(record.id).toEqual(expect.any(String));
    expect((await stranger.post(`/api/public/${token}/records`, { data: { f_name: 'Public' } })).status).toBe(201);

    expect((await stranger.get(`/api/public/${token}/records`)).status).toBe(404);
    expect((await stranger.get(`/api/public/${token}/records/${record.id}`)).status).toBe(404);
    expect((await stranger.get(`/api/forms/${formId}`)).status).toBe(401);
    expect((await stranger.get(`/api/forms/${formId}/records`)).status).toBe(401);
    expect((await stranger.get(`/api/records/${record.id}`)).status).toBe(401);
    expect((await stranger.get('/api/users')).status).toBe(401);
    expect((await stranger.get(`/api/forms/${formId}/records`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(401);
    // A form id, another form's id or a made-up token in the token's place is no public form.
    expect((await stranger.get(`/api/public/${formId}`)).status).toBe(404);
    expect((await stranger.get(`/api/public/${privateForm}`)).status).toBe(404);
    expect((await stranger.post(`/api/public/${'x'.repeat(43)}/records`, { data: { f_name: 'Guess' } })).status).toBe(404);
    // The private form has no public link for admins either.
    expect((await admin.get<FormBody>(`/api/forms/${privateForm}`)).body.publicUrl).toBeNull();
  });

  it('answers 404 once the form is archived or the link switched off, and the same link works when it is back on', async () => {
    const { formId, token } = await openPublicForm();
    expect((await admin.post(`/api/forms/${formId}/archive`, {})).status).toBe(200);
    expect((await stranger.get(`/api/public/${token}`)).status).toBe(404);
    expect((await stranger.post(`/api/public/${token}/records`, { data: { f_name: 'Late' } })).status).toBe(404);
    expect((await admin.post(`/api/forms/${formId}/unarchive`, {})).status).toBe(200);
    expect((await stranger.get(`/api/public/${token}`)).status).toBe(200);

    await republish(admin, formId, { ...survey, settings: { publicLink: { enabled: false } } });
    expect((await stranger.get(`/api/public/${token}`)).status).toBe(404);
    expect((await stranger.post(`/api/public/${token}/records`, { data: { f_name: 'Off' } })).status).toBe(404);
    expect((await admin.get<FormBody>(`/api/forms/${formId}`)).body.publicUrl).toBeNull();

    await republish(admin, formId, survey);
    expect((await admin.get<FormBody>(`/api/forms/${formId}`)).body.publicUrl).toBe(`/p/${token}`);
    expect((await stranger.post(`/api/public/${token}/records`, { data: { f_name: 'Back' } })).status).toBe(201);
  });

  it('refuses to publish a public form holding fields a stranger cannot fill, naming each', async () => {
    const created = await admin.post<{ id: string }>(`/api/apps/${appId}/forms`, {
      schema: {
        ...survey,
        fields: [
          { id: 'f_name', type: 'text', label: '姓名' },
          { id: 'f_rep', type: 'member', label: '负责人' },
          { id: 'f_items', type: 'subform', label: '明细', fields: [{ id: 'f_photo', type: 'image', label: '照片' }] },
        ],
      },
    });
    const refused = await admin.post<ErrorBody>(`/api/forms/${created.body.id}/publish?lang=en`, {});
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('public_form_field');
    expect(detailsOf(refused.body).map((detail) => detail.pointer)).toEqual(['/fields/1', '/fields/2/fields/0']);
    expect(detailsOf(refused.body)[0]?.message).toContain('负责人');
    expect((await admin.get<{ published: unknown }>(`/api/forms/${created.body.id}`)).body.published).toBeNull();
  });
});

describe('personal public links', () => {
  it('give a rep a link of their own whose submissions are theirs, and nobody who may not submit gets one', async () => {
    const { formId } = await openPublicForm({ ...survey, settings: { publicLink: { enabled: true }, access: { submit: { roles: ['member'] }, rows: { manager: 'all' } } } });
    const { user: rep, client: repClient } = await server.createUser({ role: 'member' });
    const { client: manager } = await server.createUser({ role: 'manager' });

    const link = await repClient.get<{ url: string }>(`/api/forms/${formId}/public-link`);
    expect(link.status).toBe(200);
    expect((await repClient.get<{ url: string }>(`/api/forms/${formId}/public-link`)).body.url).toBe(link.body.url);
    const adminLink = (await admin.get<FormBody>(`/api/forms/${formId}`)).body.publicUrl;
    expect(link.body.url).not.toBe(adminLink);

    expect((await stranger.post(`/api/public/${tokenOf(link.body.url)}/records`, { data: { f_name: 'Via rep' } })).status).toBe(201);
    const mine = await repClient.get<PageBody>(`/api/forms/${formId}/records`);
    expect(mine.body.items.map((record) => [record.data['f_name'], record.ownerId])).toEqual([['Via rep', rep.id]]);

    // A manager reads the form (rows: all) but may not submit to it: no personal link.
    expect((await manager.get<ErrorBody>(`/api/forms/${formId}/public-link`)).status).toBe(403);
    expect((await stranger.get(`/api/forms/${formId}/public-link`)).status).toBe(401);
  });

  it('stops working when the rep is disabled', async () => {
    const { formId } = await openPublicForm({ ...survey, settings: { publicLink: { enabled: true } } });
    const { user: rep, client: repClient } = await server.createUser({ role: 'member' });
    const token = tokenOf((await repClient.get<{ url: string }>(`/api/forms/${formId}/public-link`)).body.url);
    expect((await stranger.get(`/api/public/${token}`)).status).toBe(200);
    expect((await admin.patch(`/api/users/${rep.id}`, { disabled: true })).status).toBe(200);
    expect((await stranger.get(`/api/public/${token}`)).status).toBe(404);
  });
});

describe('public limits', () => {
  let limited: TestServer;
  let limitedAdmin: TestClient;
  beforeAll(async () => {
    limited = await startTestServer({ settings: { publicForms: { windowMs: 60_000, perAddress: 3, bodyLimitBytes: 2_000 } } });
    limitedAdmin = await limited.loginAsAdmin();
  });
  afterAll(() => limited.close());

  it('answers 429 with Retry-After past the submissions an address may make, counting refused ones, until the window passes', async () => {
    const formId = await publishNewForm(limitedAdmin, survey);
    const token = tokenOf((await limitedAdmin.get<FormBody>(`/api/forms/${formId}`)).body.publicUrl);
    const anyone = limited.anonymous();
    expect((await anyone.post(`/api/public/${token}/records`, { data: { f_name: '1' } })).status).toBe(201);
    expect((await anyone.post(`/api/public/${token}/records`, { data: {} })).status).toBe(400);
    limited.clock.advance(30_000);
    expect((await anyone.post(`/api/public/${token}/records`, { data: { f_name: '3' } })).status).toBe(201);
    const refused = await anyone.post<ErrorBody>(`/api/public/${token}/records?lang=en`, { data: { f_name: '4' } });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('too_many_submissions');
    expect(refused.headers.get('retry-after')).toBe('30');
    // Signed-in submits are not counted against it.
    expect((await limitedAdmin.post(`/api/forms/${formId}/records`, { data: { f_name: 'Admin' } })).status).toBe(201);
    limited.clock.advance(30_000);
    expect((await anyone.post(`/api/public/${token}/records`, { data: { f_name: '5' } })).status).toBe(201);
    expect((await limitedAdmin.get<PageBody>(`/api/forms/${formId}/records`)).body.total).toBe(4);
  });

  it('refuses a body over the public limit with 413, while a signed-in submit of it is fine', async () => {
    const formId = await publishNewForm(limitedAdmin, { ...survey, fields: [{ id: 'f_name', type: 'textarea', label: 'Long' }] });
    const token = tokenOf((await limitedAdmin.get<FormBody>(`/api/forms/${formId}`)).body.publicUrl);
    const data = { f_name: 'x'.repeat(3_000) };
    const refused = await limited.anonymous().post<ErrorBody>(`/api/public/${token}/records`, { data });
    expect(refused.status).toBe(413);
    expect(refused.body.error.code).toBe('body_too_large');
    expect((await limitedAdmin.post(`/api/forms/${formId}/records`, { data })).status).toBe(201);
  });

  it('serves the app page for /p/:token without a session', async () => {
    const page = await limited.anonymous().get<string>(`/p/${'a'.repeat(43)}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
  });
});
