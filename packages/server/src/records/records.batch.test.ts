import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { publishNewForm, type ErrorBody, type RecordBody } from './testing/publishForm.js';

let server: TestServer;
let admin: TestClient;

const dealForm = (changeReason?: 'required'): FormSchema => ({
  kind: 'form',
  schemaVersion: 1,
  title: 'Deals',
  fields: [
    { id: 'f_title', type: 'text', label: 'Title', required: true },
    { id: 'f_stage', type: 'select', label: 'Stage', options: [{ value: 'lead', label: 'Lead' }, { value: 'won', label: 'Won' }] },
    { id: 'f_amount', type: 'number', label: 'Amount' },
  ],
  ...(changeReason ? { settings: { changeReason } } : {}),
});

type BatchFailure = { pointer: string; code: string; message: string; params: { recordId: string; status: number; details?: { fieldId?: string; message: string }[] } };
type BatchError = ErrorBody & { error: { details: BatchFailure[] } };

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
});
afterAll(() => server.close());

async function submit(client: TestClient, formId: string, data: Record<string, unknown>): Promise<RecordBody> {
  const response = await client.post<RecordBody>(`/api/forms/${formId}/records`, { data });
  expect(response.status).toBe(201);
  return response.body;
}
const read = async (id: string) => (await admin.get<RecordBody>(`/api/records/${id}`)).body;

describe('POST /api/forms/:id/records/batch', () => {
  it('sets a field on every record, each with its own history entry', async () => {
    const formId = await publishNewForm(admin, dealForm());
    const a = await submit(admin, formId, { f_title: 'A', f_stage: 'lead' });
    const b = await submit(admin, formId, { f_title: 'B' });
    const response = await admin.post<{ changed: number }>(`/api/forms/${formId}/records/batch`, { ids: [a.id, b.id], set: { f_stage: 'won' } });
    expect(response.status).toBe(200);
    expect(response.body.changed).toBe(2);
    expect((await read(a.id)).data).toMatchObject({ f_title: 'A', f_stage: 'won' });
    expect((await read(b.id)).data).toMatchObject({ f_title: 'B', f_stage: 'won' });
    const history = await admin.get<{ items: { action: string; changes: { fieldId: string }[] }[] }>(`/api/records/${b.id}/history`);
    expect(history.body.items.at(-1)).toMatchObject({ action: 'update', changes: [{ fieldId: 'f_stage' }] });
  });

  it('changes nothing when one record fails validation, and names each failure in the caller’s language', async () => {
    const formId = await publishNewForm(admin, dealForm());
    const a = await submit(admin, formId, { f_title: 'A' });
    const b = await submit(admin, formId, { f_title: 'B' });
    // Clearing a required field fails on every record; a bad number too.
    const response = await admin.post<BatchError>(`/api/forms/${formId}/records/batch`, { ids: [a.id, b.id], set: { f_title: null, f_amount: 'lots' } }, { headers: { 'Accept-Language': 'zh-CN' } });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('batch_rejected');
    expect(response.body.error.message).toContain('2 条记录');
    expect(response.body.error.details.map((d) => [d.pointer, d.code, d.params.recordId])).toEqual([
      ['/ids/0', 'invalid_record', a.id],
      ['/ids/1', 'invalid_record', b.id],
    ]);
    expect(response.body.error.details[0]?.params.details?.map((d) => d.fieldId).sort()).toEqual(['f_amount', 'f_title']);
    expect(response.body.error.details[0]?.params.details?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    // The failure says what is wrong with the record, not only that something is.
    expect(response.body.error.details[0]?.message).toContain(response.body.error.details[0]?.params.details?.[0]?.message ?? '?');
    expect((await read(a.id)).version).toBe(1);
  });

  it('is all or nothing: a record the rep may not change rolls back the ones they may', async () => {
    const formId = await publishNewForm(admin, dealForm());
    const { client: rep } = await server.createUser({ role: 'member' });
    const own = await submit(rep, formId, { f_title: 'Mine' });
    const others = await submit(admin, formId, { f_title: 'Not mine' });
    const response = await rep.post<BatchError>(`/api/forms/${formId}/records/batch`, { ids: [own.id, others.id], delete: true }, { headers: { 'Accept-Language': 'en' } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('1 record(s) could not be changed; none was changed');
    // The rep does not see the admin's record: the same 404 as a single DELETE, no hint it exists.
    expect(response.body.error.details).toEqual([expect.objectContaining({ pointer: '/ids/1', code: 'not_found', params: { recordId: others.id, status: 404 } })]);
    expect((await read(own.id)).deletedAt).toBeNull();
    expect((await rep.post(`/api/forms/${formId}/records/batch`, { ids: [own.id], delete: true })).status).toBe(200);
    expect((await read(own.id)).deletedAt).not.toBeNull();
  });

  it('asks for the change reason when the form requires it, and keeps it in each history', async () => {
    const formId = await publishNewForm(admin, dealForm('required'));
    const a = await submit(admin, formId, { f_title: 'A' });
    const refused = await admin.post<BatchError>(`/api/forms/${formId}/records/batch`, { ids: [a.id], delete: true });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0]?.code).toBe('reason_required');
    expect((await admin.post(`/api/forms/${formId}/records/batch`, { ids: [a.id], delete: true, reason: 'Duplicates' })).status).toBe(200);
    const history = await admin.get<{ items: { action: string; reason: string | null }[] }>(`/api/records/${a.id}/history`);
    expect(history.body.items.at(-1)).toEqual(expect.objectContaining({ action: 'delete', reason: 'Duplicates' }));
  });

  it('refuses a record of another form, and a batch that neither sets nor deletes', async () => {
    const formId = await publishNewForm(admin, dealForm());
    const otherFormId = await publishNewForm(admin, dealForm());
    const stranger = await submit(admin, otherFormId, { f_title: 'Elsewhere' });
    const response = await admin.post<BatchError>(`/api/forms/${formId}/records/batch`, { ids: [stranger.id], delete: true });
    expect(response.body.error.details[0]?.code).toBe('not_found');
    expect((await read(stranger.id)).deletedAt).toBeNull();
    const neither = await admin.post<ErrorBody>(`/api/forms/${formId}/records/batch`, { ids: [stranger.id] });
    expect([neither.status, neither.body.error.code]).toEqual([400, 'invalid_batch']);
    const both = await admin.post<ErrorBody>(`/api/forms/${formId}/records/batch`, { ids: [stranger.id], set: {}, delete: true });
    expect(both.body.error.code).toBe('invalid_batch');
  });

  it('is in the OpenAPI document', async () => {
    const doc = await admin.get<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
    expect(doc.body.paths['/api/forms/{id}/records/batch']?.['post']).toBeDefined();
  });
});
