import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { detailsOf, publishNewForm, type ErrorBody, type PageBody, type RecordBody } from './testing/publishForm.js';

// "What a value may be" (runtime README) through the HTTP API: what the engine refuses is a 400
// naming the field at /data/<id>, what it accepts is stored as the decimal it stands for.

let server: TestServer;
let admin: TestClient;
let formId: string;
let recordId: string;

const form: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Values',
  fields: [
    { id: 'f_name', type: 'text', label: 'Customer', required: true },
    { id: 'f_note', type: 'textarea', label: 'Note' },
    { id: 'f_qty', type: 'number', label: 'Quantity' },
    { id: 'f_amount', type: 'money', label: 'Amount' },
    { id: 'f_unit', type: 'formula', label: 'Unit price', resultType: 'number', precision: 2, expression: { '/': [{ var: 'f_amount' }, { var: 'f_qty' }] } },
  ],
};

function countRecords(): Promise<number | undefined> {
  return server.sqlValue<number>('SELECT count(*) FROM records');
}

/** POSTs the raw JSON text `{"data": <data>}`, so that numbers reach the server digit for digit. */
function submitRaw(data: string, lang = 'en') {
  return admin.request<ErrorBody>('POST', `/api/forms/${formId}/records?lang=${lang}`, { rawBody: `{"data":${data}}`, headers: { 'content-type': 'application/json' } });
}

function errorsOf(response: { body: ErrorBody }): [string | undefined, string, string][] {
  return detailsOf(response.body).map((detail) => [detail.pointer, detail.code, detail.message]);
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  formId = await publishNewForm(admin, form);
  recordId = (await admin.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_name: 'seed', f_note: 'a\tb' } })).body.id;
});
afterAll(() => server.close());

describe('record values through the API', () => {
  it('refuses blank text in a required field', async () => {
    const before = await countRecords();
    const response = await submitRaw('{"f_name":"   "}');
    expect(response.status).toBe(400);
    expect(errorsOf(response)).toEqual([['/data/f_name', 'required', 'Customer is required']]);
    expect(await countRecords()).toBe(before);
  });

  it('refuses [] and objects in number and money fields instead of dropping them', async () => {
    const response = await submitRaw('{"f_name":"x","f_qty":[],"f_amount":{}}');
    expect(response.status).toBe(400);
    expect(errorsOf(response)).toEqual([
      ['/data/f_qty', 'type', 'Quantity must be a number'],
      ['/data/f_amount', 'type', 'Amount must be a number'],
    ]);
  });

  it('stores money as its decimal: 0.30000000000000004 is 0.3, 0.305 is refused', async () => {
    const stored = await submitRaw('{"f_name":"x","f_qty":1,"f_amount":0.30000000000000004}');
    expect(stored.status).toBe(201);
    expect((stored.body as unknown as RecordBody).data.f_amount).toBe(0.3);
    expect(await server.sqlValue('SELECT data FROM records WHERE id = ?', (stored.body as unknown as RecordBody).id)).toContain('"f_amount":0.3,');
    const refused = await submitRaw('{"f_name":"x","f_qty":1,"f_amount":0.305}');
    expect(errorsOf(refused)).toEqual([['/data/f_amount', 'precision', 'Amount allows at most 2 decimal places']]);
  });

  it('refuses numbers JSON cannot carry exactly, in both languages', async () => {
    const before = await countRecords();
    const beyond = await submitRaw('{"f_name":"x","f_qty":9007199254740993}');
    expect(beyond.status).toBe(400);
    expect(errorsOf(beyond)).toEqual([['/data/f_qty', 'range', 'Quantity is beyond the range that can be stored exactly (at most 9007199254740991 either side of zero)']]);
    const huge = await submitRaw('{"f_name":"x","f_qty":123456789012345678901234567890}', 'zh-CN');
    expect(errorsOf(huge)).toEqual([['/data/f_qty', 'range', '「Quantity」超出可精确保存的范围（绝对值不能超过 9007199254740991）']]);
    const money = await submitRaw('{"f_name":"x","f_qty":1000,"f_amount":10000000000000}');
    expect(errorsOf(money)).toEqual([['/data/f_amount', 'range', 'Amount is beyond the range that can be stored exactly (at most 9999999999999.99 either side of zero)']]);
    expect(await countRecords()).toBe(before);
  });

  it('refuses a record whose calculated field divides by zero (or by an empty field), on create and on update', async () => {
    const empty = await submitRaw('{"f_name":"x","f_amount":10}');
    expect(errorsOf(empty).map(([pointer, code]) => [pointer, code])).toEqual([['/data/f_unit', 'overflow']]);
    const created = await submitRaw('{"f_name":"x","f_qty":0,"f_amount":10}');
    expect(created.status).toBe(400);
    expect(errorsOf(created)).toEqual([['/data/f_unit', 'overflow', 'Unit price cannot be calculated: the result overflows or divides by zero']]);
    const read = await admin.get<RecordBody>(`/api/records/${recordId}`);
    const patched = await admin.patch<ErrorBody>(`/api/records/${recordId}?lang=en`, { data: { f_qty: 0, f_amount: 5 } }, { headers: { 'if-match': `"${read.body.version}"` } });
    expect(patched.status).toBe(400);
    expect(errorsOf(patched).map(([pointer, code]) => [pointer, code])).toEqual([['/data/f_unit', 'overflow']]);
    const fine = await submitRaw('{"f_name":"x","f_qty":4,"f_amount":10}');
    expect((fine.body as unknown as RecordBody).data.f_unit).toBe(2.5);
  });

  it.each([
    ['NUL', 'a\u0000b', 'U+0000', 2],
    ['a C1 control', 'ab\u009B', 'U+009B', 3],
    ['a right-to-left override', '\u202Efdp.exe', 'U+202E', 1],
    ['a lone surrogate', 'x\uD800', 'U+D800', 2],
  ])('refuses text holding %s, naming the field, the character and where it is', async (_name, text, character, position) => {
    const before = await countRecords();
    const response = await submitRaw(JSON.stringify({ f_name: 'x', f_note: text }));
    expect(response.status).toBe(400);
    expect(errorsOf(response)).toEqual([
      ['/data/f_note', 'character', `Note cannot hold character ${position} (${character}): a control character, a text-direction override or half a character`],
    ]);
    expect(await countRecords()).toBe(before);
  });

  it('refuses a line break in one-line text but keeps tabs and line breaks in multi-line text', async () => {
    const response = await submitRaw(JSON.stringify({ f_name: 'a\nb' }), 'zh-CN');
    expect(errorsOf(response)).toEqual([['/data/f_name', 'character', '「Customer」只能填一行：第 2 个字符是换行或制表符']]);
    const read = await admin.get<RecordBody>(`/api/records/${recordId}`);
    expect(read.body.data.f_note).toBe('a\tb');
  });
});

describe('control characters in filters', () => {
  const list = (filter: unknown) => admin.get<PageBody & ErrorBody>(`/api/forms/${formId}/records?lang=en&filter=${encodeURIComponent(JSON.stringify(filter))}`);

  it.each([
    ['like', '\u0000'],
    ['like', 'se\u0000'],
    ['eq', '\u0000'],
    ['like', '\u202E'],
  ])('refuses %s %j with 400 at the filter value, instead of matching every row', async (op, value) => {
    const response = await list({ field: 'f_name', op, value });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_query');
    expect(detailsOf(response.body)).toEqual([expect.objectContaining({ pointer: '/filter/value', message: expect.stringMatching(/cannot be used in a filter/) })]);
  });

  it('names the item of an in list', async () => {
    const response = await list({ field: 'f_name', op: 'in', value: ['seed', 'x\u0007'] });
    expect(detailsOf(response.body)).toEqual([expect.objectContaining({ pointer: '/filter/value/1' })]);
  });

  it('still matches tabs literally', async () => {
    const response = await list({ field: 'f_note', op: 'like', value: '\t' });
    expect(response.status).toBe(200);
    expect(response.body.items.map((item) => item.id)).toEqual([recordId]);
  });
});
