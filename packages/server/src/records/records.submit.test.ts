import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { detailsOf, publishNewForm, type ErrorBody, type RecordBody } from './testing/publishForm.js';

let server: TestServer;
let admin: TestClient;
let member: TestClient;
let memberId: string;
let formId: string;

const orderForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Orders',
  fields: [
    { id: 'f_customer', type: 'text', label: 'Customer', required: true, maxLength: 50 },
    { id: 'f_qty', type: 'number', label: 'Quantity', min: 1 },
    { id: 'f_price', type: 'money', label: 'Price' },
    { id: 'f_total', type: 'formula', label: 'Total', expression: { '*': [{ var: 'f_qty' }, { var: 'f_price' }] }, resultType: 'number' },
    { id: 'f_discount_reason', type: 'text', label: 'Discount reason', visibleWhen: { '>': [{ var: 'f_qty' }, 100] } },
    { id: 'f_no', type: 'serial', label: 'Order no.', parts: [{ kind: 'text', value: 'SO' }, { kind: 'date', format: 'YYYYMMDD' }, { kind: 'counter', digits: 4 }] },
  ],
};

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  const created = await server.createUser({ username: 'rep' });
  member = created.client;
  memberId = created.user.id;
  formId = await publishNewForm(admin, orderForm);
});
afterAll(() => server.close());

const countRecords = async () => (await server.sqlValue<number>('SELECT count(*) FROM records')) ?? Number.NaN;

describe('POST /api/forms/:id/records', () => {
  it('stores the record keyed by field id, recomputes formulas, drops hidden fields and assigns the serial', async () => {
    const response = await member.post<RecordBody>(`/api/forms/${formId}/records`, {
      data: { f_customer: 'ACME', f_qty: 3, f_price: 2.5, f_total: 999, f_discount_reason: 'hidden because qty ≤ 100', f_no: 'SO-forged' },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"1"');
    const record = response.body;
    expect(record.version).toBe(1);
    expect(record.creatorId).toBe(memberId);
    expect(record.ownerId).toBe(memberId);
    expect(record.data['f_total']).toBe(7.5);
    expect(record.data).not.toHaveProperty('f_discount_reason');
    // 2025-01-06 in Asia/Shanghai (the test clock), counter from 1.
    expect(record.data['f_no']).toBe('SO202501060001');
    const stored = (await server.sqlValue<string>('SELECT data FROM records WHERE id = ?', record.id)) ?? '';
    expect(JSON.parse(stored)).toEqual(record.data);
  });

  it('numbers serials one after another and never twice', async () => {
    const numbers: unknown[] = [];
    for (let index = 0; index < 3; index++) {
      const response = await member.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_customer: `C${index}` } });
      numbers.push(response.body.data['f_no']);
    }
    expect(numbers).toEqual(['SO202501060002', 'SO202501060003', 'SO202501060004']);
  });

  it('rejects invalid data with 400 and one error per field (id, pointer, message) in the caller language', async () => {
    const before = await countRecords();
    const response = await member.post<ErrorBody>(`/api/forms/${formId}/records?lang=en`, { data: { f_qty: 0, f_price: 'cheap', f_nope: 1 } });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_record');
    const details = detailsOf(response.body);
    expect(details.map((d) => [d.fieldId, d.pointer, d.code])).toEqual(
      expect.arrayContaining([
        ['f_customer', '/data/f_customer', 'required'],
        ['f_qty', '/data/f_qty', 'min'],
        ['f_price', '/data/f_price', 'type'],
        ['f_nope', '/data/f_nope', 'unknown_field'],
      ]),
    );
    expect(details.find((d) => d.fieldId === 'f_customer')?.message).toMatch(/Customer/);
    expect(await countRecords()).toBe(before);
  });

  it('answers in Chinese for Accept-Language: zh-CN', async () => {
    const response = await member.post<ErrorBody>(`/api/forms/${formId}/records`, { data: {} }, { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/记录有误/);
    expect(detailsOf(response.body)[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses data that is not an object', async () => {
    for (const data of [[1, 2], 'text', 42, null]) {
      const response = await member.post<ErrorBody>(`/api/forms/${formId}/records`, { data });
      expect(response.status).toBe(400);
    }
  });

  it('is 404 for a form that does not exist and 409 for admins on an unpublished one', async () => {
    expect((await member.post(`/api/forms/frm_missing/records`, { data: {} })).status).toBe(404);
    const app = (await admin.post<{ id: string }>('/api/apps', { name: 'Drafts' })).body.id;
    const draft = (await admin.post<{ id: string }>(`/api/apps/${app}/forms`, { schema: orderForm })).body.id;
    expect((await member.post(`/api/forms/${draft}/records`, { data: { f_customer: 'x' } })).status).toBe(404);
    const response = await admin.post<ErrorBody>(`/api/forms/${draft}/records`, { data: { f_customer: 'x' } });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('form_not_published');
  });

  it('needs a signed-in caller', async () => {
    expect((await server.anonymous().post(`/api/forms/${formId}/records`, { data: { f_customer: 'x' } })).status).toBe(401);
  });
});

describe('Idempotency-Key', () => {
  it('makes one record for any number of retries and answers each with the first response', async () => {
    const before = await countRecords();
    const body = { data: { f_customer: 'Retry Co', f_qty: 2, f_price: 10 } };
    const headers = { 'Idempotency-Key': 'submit-7f3a' };
    const first = await member.post<RecordBody>(`/api/forms/${formId}/records`, body, { headers });
    const again = await member.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_price: 10, f_qty: 2, f_customer: 'Retry Co' } }, { headers });
    const third = await member.post<RecordBody>(`/api/forms/${formId}/records`, body, { headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(again.body).toEqual(first.body);
    expect(third.body.id).toBe(first.body.id);
    expect(await countRecords()).toBe(before + 1);
  });

  it('refuses the same key with different data (422) and keeps the first record', async () => {
    const headers = { 'Idempotency-Key': 'submit-other' };
    const first = await member.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_customer: 'One' } }, { headers });
    const before = await countRecords();
    const second = await member.post<ErrorBody>(`/api/forms/${formId}/records`, { data: { f_customer: 'Two' } }, { headers });
    expect(second.status).toBe(422);
    expect(second.body.error.code).toBe('idempotency_key_reused');
    expect(await countRecords()).toBe(before);
    expect((await member.get<RecordBody>(`/api/records/${first.body.id}`)).body.data['f_customer']).toBe('One');
  });

  it('keeps keys apart per user: another user with the same key gets a record of their own', async () => {
    const other = await server.createUser({ username: 'rep2' });
    const headers = { 'Idempotency-Key': 'shared-key' };
    const mine = await member.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_customer: 'Mine' } }, { headers });
    const theirs = await other.client.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_customer: 'Mine' } }, { headers });
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('does not remember a failed submit: the key can be used once the data is fixed', async () => {
    const headers = { 'Idempotency-Key': 'fix-then-retry' };
    expect((await member.post(`/api/forms/${formId}/records`, { data: {} }, { headers })).status).toBe(400);
    expect((await member.post(`/api/forms/${formId}/records`, { data: { f_customer: 'Fixed' } }, { headers })).status).toBe(201);
  });

  it('refuses a malformed key', async () => {
    const response = await member.post<ErrorBody>(`/api/forms/${formId}/records`, { data: { f_customer: 'x' } }, { headers: { 'Idempotency-Key': 'has space' } });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_idempotency_key');
  });
});
