import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { onPostgres, startTestServer, type TestServer } from '../testing/startTestServer.js';
import { publishNewForm, type ErrorBody, type RecordBody } from './testing/publishForm.js';

let server: TestServer;
let admin: TestClient;
let formId: string;
let recordId: string;

const htmlLabel = '<img src=x onerror=alert(1)> Name';
const form: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '<script>alert("title")</script>',
  fields: [
    { id: 'f_name', type: 'text', label: htmlLabel, required: true },
    { id: 'f_amount', type: 'number', label: 'Amount' },
    { id: 'f_rows', type: 'subform', label: 'Rows', fields: [{ id: 'f_cell', type: 'text', label: 'Cell' }] },
  ],
};

/** Everything stored about records, to prove a refused request changed nothing. */
async function snapshot(): Promise<string> {
  const records = await server.sql('SELECT id, version, data, deleted_at FROM records ORDER BY seq');
  const history = await server.sqlValue('SELECT count(*) FROM record_history');
  return JSON.stringify({ records, history });
}

/** The tables of the test database, from whichever catalog it keeps. */
async function tableNames(): Promise<string[]> {
  const rows = await server.sql<{ name: string }>(
    onPostgres
      ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
      : "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  return rows.map((row) => row.name);
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  formId = await publishNewForm(admin, form);
  recordId = (await admin.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_name: 'seed' } })).body.id;
});
afterAll(() => server.close());

describe('hostile input to the records API gets a clear 4xx and changes nothing', () => {
  const raw = (path: string, method: 'POST' | 'PATCH', rawBody: string, headers: Record<string, string> = {}) =>
    admin.request<ErrorBody>(method, path, { rawBody, headers: { 'content-type': 'application/json', ...headers } });

  const cases: [string, () => Promise<{ status: number; body: ErrorBody }>, number, string][] = [
    ['malformed JSON', () => raw(`/api/forms/${formId}/records`, 'POST', '{"data": {"f_name": "x"'), 400, 'invalid_json'],
    ['malformed JSON on PATCH', () => raw(`/api/records/${recordId}`, 'PATCH', '{data: 1}'), 400, 'invalid_json'],
    ['a body over the limit', () => raw(`/api/forms/${formId}/records`, 'POST', JSON.stringify({ data: { f_name: 'x'.repeat(1024 * 1024 + 10) } })), 413, 'body_too_large'],
    ['deep nesting', () => raw(`/api/forms/${formId}/records`, 'POST', `{"data":{"f_rows":${'['.repeat(200)}${']'.repeat(200)}}}`), 400, 'json_too_deep'],
    ['a __proto__ key', () => raw(`/api/forms/${formId}/records`, 'POST', '{"data":{"f_name":"x","__proto__":{"polluted":true}}}'), 400, 'forbidden_key'],
    ['a __proto__ key in a subform row', () => raw(`/api/forms/${formId}/records`, 'POST', '{"data":{"f_name":"x","f_rows":[{"_id":"r","__proto__":{"a":1}}]}}'), 400, 'forbidden_key'],
    ['a constructor key on PATCH', () => raw(`/api/records/${recordId}`, 'PATCH', '{"data":{"constructor":{"prototype":{"x":1}}}}'), 400, 'forbidden_key'],
    ['SQL in a field name', () => admin.post<ErrorBody>(`/api/forms/${formId}/records`, { data: { f_name: 'x', "f_amount'); DROP TABLE records; --": 1 } }), 400, 'invalid_record'],
    ['SQL in a value of the wrong type', () => admin.post<ErrorBody>(`/api/forms/${formId}/records`, { data: { f_name: 'x', f_amount: '1; DROP TABLE records' } }), 400, 'invalid_record'],
    ['unknown body properties', () => admin.post<ErrorBody>(`/api/forms/${formId}/records`, { data: { f_name: 'x' }, owner: 'usr_admin' }), 400, 'invalid_body'],
    ['no data at all', () => admin.post<ErrorBody>(`/api/forms/${formId}/records`, {}), 400, 'invalid_body'],
    ['a wrong content type', () => admin.request<ErrorBody>('POST', `/api/forms/${formId}/records`, { rawBody: 'data=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type'],
    ['a cross-site origin', () => admin.post<ErrorBody>(`/api/forms/${formId}/records`, { data: { f_name: 'x' } }, { headers: { origin: 'https://evil.example' } }), 403, 'cross_site_request'],
    ['a text over the field’s limit', () => admin.post<ErrorBody>(`/api/forms/${formId}/records`, { data: { f_name: 'x'.repeat(5000) } }), 400, 'invalid_record'],
    ['a string where rows belong', () => admin.post<ErrorBody>(`/api/forms/${formId}/records`, { data: { f_name: 'x', f_rows: '<b>rows</b>' } }), 400, 'invalid_record'],
  ];
  for (const [name, send, status, code] of cases) {
    it(name, async () => {
      const before = await snapshot();
      const response = await send();
      expect(response.status).toBe(status);
      expect(response.body.error.code).toBe(code);
      expect(typeof response.body.error.message).toBe('string');
      expect(await snapshot()).toBe(before);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  }

  it('stores SQL metacharacters and HTML in values verbatim, and returns them as JSON only', async () => {
    const value = `Robert'); DROP TABLE records;-- <script>alert("x")</script> %_\\`;
    const created = await admin.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_name: value, f_rows: [{ _id: 'r1', f_cell: '<img src=x onerror=alert(1)>' }] } });
    expect(created.status).toBe(201);
    expect(created.headers.get('content-type')).toMatch(/^application\/json/);
    const read = await admin.get<RecordBody>(`/api/records/${created.body.id}`);
    expect(read.body.data['f_name']).toBe(value);
    expect(await tableNames()).toContain('records');
    expect(await server.sqlValue('SELECT count(*) FROM records WHERE id = ?', created.body.id)).toBe(1);
  });

  it('puts HTML labels into error messages as plain JSON text', async () => {
    const response = await admin.post<ErrorBody>(`/api/forms/${formId}/records?lang=en`, { data: {} });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.stringify(response.body)).toContain('<img src=x onerror=alert(1)>');
  });

  it('refuses hostile record ids and query strings with 4xx', async () => {
    expect((await admin.get(`/api/records/${encodeURIComponent("x' OR '1'='1")}`)).status).toBe(404);
    expect((await admin.get(`/api/forms/${formId}/records?limit=${encodeURIComponent('1; DROP TABLE records')}`)).status).toBe(400);
    expect((await admin.get(`/api/forms/${formId}/records?sort=${encodeURIComponent('f_name; DROP TABLE records')}`)).status).toBe(400);
    expect((await admin.get(`/api/forms/${formId}/records?unknown=1`)).status).toBe(400);
    expect((await admin.get(`/api/forms/${formId}/records?filter=${'x'.repeat(15_000)}`)).status).toBe(400);
    // Past Node's 16 KB header limit the HTTP parser itself refuses the request.
    expect((await admin.get(`/api/forms/${formId}/records?filter=${'x'.repeat(30_000)}`)).status).toBe(431);
  });
});
