import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../files/testing/multipartBody.js';
import { publishNewForm, type ErrorBody, type PageBody, type RecordBody } from '../records/testing/publishForm.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
let admin: TestClient;
let member: TestClient;
let appId: string;

const visitForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Visits',
  fields: [{ id: 'f_customer', type: 'text', label: 'Customer', required: true }],
  settings: { access: { rows: { member: 'all' } } },
};

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  member = (await server.createUser({ username: 'rep' })).client;
  appId = (await admin.post<{ id: string }>('/api/apps', { name: 'Field sales' })).body.id;
});
afterAll(() => server.close());

type FormBody = { id: string; archivedAt: string | null; archivedBy: string | null } & ErrorBody;

describe('archiving a form', () => {
  it('hides the form and its records from everyone but admins, keeps the records read-only, and brings all back', async () => {
    const formId = await publishNewForm(admin, visitForm, appId);
    const record = (await member.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_customer: 'ACME' } })).body;

    server.clock.advance(1000);
    const archived = await admin.post<FormBody>(`/api/forms/${formId}/archive`, {});
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).toBe(new Date(server.clock.now()).toISOString());
    expect(archived.body.archivedBy).toEqual(expect.any(String));

    // Members: the form, its app and its records are gone.
    expect((await member.get(`/api/forms/${formId}`)).status).toBe(404);
    expect((await member.get(`/api/apps/${appId}/forms`)).status).toBe(404);
    expect((await member.get<{ items: { id: string }[] }>('/api/apps')).body.items.map((app) => app.id)).not.toContain(appId);
    expect((await member.post(`/api/forms/${formId}/records`, { data: { f_customer: 'Late' } })).status).toBe(404);
    expect((await member.get(`/api/records/${record.id}`)).status).toBe(404);
    expect((await member.get(`/api/forms/${formId}/records`)).status).toBe(404);

    // Admins: still listed (marked), records readable and exportable, nothing writable.
    const listed = await admin.get<{ items: { id: string; archivedAt: string | null }[] }>(`/api/apps/${appId}/forms`);
    expect(listed.body.items.find((form) => form.id === formId)?.archivedAt).toBe(archived.body.archivedAt);
    expect((await admin.get<PageBody>(`/api/forms/${formId}/records`)).body.total).toBe(1);
    expect((await admin.get<string>(`/api/forms/${formId}/export?format=csv`)).status).toBe(200);
    expect((await admin.post<ErrorBody>(`/api/forms/${formId}/aggregate`, { groupBy: [], measures: [{ op: 'count' }] })).status).toBe(200);
    const refusals = [
      await admin.post<ErrorBody>(`/api/forms/${formId}/records`, { data: { f_customer: 'New' } }),
      await admin.patch<ErrorBody>(`/api/records/${record.id}?lang=zh-CN`, { data: { f_customer: 'Changed' } }),
      await admin.delete<ErrorBody>(`/api/records/${record.id}`),
      await importCsv(formId, 'Customer\nImported\n'),
    ];
    expect(refusals.map((response) => [response.status, response.body.error.code])).toEqual(Array.from({ length: 4 }, () => [409, 'form_archived']));
    expect(refusals[1]?.body.error.message).toBe('表单已归档，数据只读');
    expect((await admin.get<RecordBody>(`/api/records/${record.id}`)).body.data).toEqual({ f_customer: 'ACME' });

    const restored = await admin.post<FormBody>(`/api/forms/${formId}/unarchive`, {});
    expect([restored.status, restored.body.archivedAt]).toEqual([200, null]);
    expect((await member.get(`/api/records/${record.id}`)).status).toBe(200);
    expect((await member.post(`/api/forms/${formId}/records`, { data: { f_customer: 'Back' } })).status).toBe(201);
  });

  it('archives once and restores once (409 otherwise), and only for admins', async () => {
    const formId = await publishNewForm(admin, visitForm, appId);
    expect((await member.post(`/api/forms/${formId}/archive`, {})).status).toBe(403);
    expect((await admin.post<ErrorBody>(`/api/forms/${formId}/unarchive`, {})).body.error.code).toBe('form_not_archived');
    expect((await admin.post(`/api/forms/${formId}/archive`, {})).status).toBe(200);
    expect((await admin.post<ErrorBody>(`/api/forms/${formId}/archive`, {})).body.error.code).toBe('form_archived');
    expect((await admin.post(`/api/forms/nope/archive`, {})).status).toBe(404);
  });

  it('leaves the app visible to members while it still holds a live form', async () => {
    const kept = await publishNewForm(admin, { ...visitForm, title: 'Kept' }, appId);
    const gone = await publishNewForm(admin, { ...visitForm, title: 'Gone' }, appId);
    await admin.post(`/api/forms/${gone}/archive`, {});
    const forms = await member.get<{ items: { id: string }[] }>(`/api/apps/${appId}/forms`);
    expect(forms.body.items.map((form) => form.id)).toContain(kept);
    expect(forms.body.items.map((form) => form.id)).not.toContain(gone);
  });
});

function importCsv(formId: string, text: string) {
  const { body, contentType } = multipartBody({ name: 'rows.csv', type: 'text/csv', bytes: Buffer.from(text) });
  return admin.post<ErrorBody>(`/api/forms/${formId}/import`, undefined, { rawBody: body, headers: { 'content-type': contentType, 'x-requested-with': 'test' } });
}
