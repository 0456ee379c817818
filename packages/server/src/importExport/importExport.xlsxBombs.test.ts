import { request } from 'node:http';
import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../files/testing/multipartBody.js';
import { defaultRecordSettings, type RecordSettings } from '../records/RecordSettings.js';
import { publishNewForm, type ErrorBody, type PageBody } from '../records/testing/publishForm.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { buildZip, deflatedEntry, type ZipEntry } from './testing/buildZip.js';
import { sheetOfManyRows, sheetOfRows, sheetPath, sheetWithHugeCell, xlsxOfSheet } from './testing/xlsxOfSheet.js';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MB = 1024 * 1024;

const visits: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Visits',
  fields: [
    { id: 'f_customer', type: 'text', label: 'Customer', required: true },
    { id: 'f_notes', type: 'textarea', label: 'Notes' },
  ],
};

interface ImportAnswer extends ErrorBody {
  rows: number;
  imported: number;
}

async function importXlsx(client: TestClient, formId: string, bytes: Uint8Array) {
  const { body, contentType } = multipartBody({ name: 'visits.xlsx', type: xlsxType, bytes });
  return client.post<ImportAnswer>(`/api/forms/${formId}/import?lang=en`, undefined, { rawBody: body, headers: { 'content-type': contentType, 'x-requested-with': 'test' } });
}

async function storedCount(client: TestClient, formId: string): Promise<number> {
  return (await client.get<PageBody>(`/api/forms/${formId}/records`)).body.total;
}

async function serverAnswers(client: TestClient): Promise<void> {
  expect((await client.get('/api/me')).status).toBe(200);
}

async function startServer(records: Partial<RecordSettings> = {}) {
  const server = await startTestServer({ settings: { records: { ...defaultRecordSettings, ...records } } });
  const admin = await server.loginAsAdmin();
  return { server, admin, formId: await publishNewForm(admin, visits) };
}

describe('XLSX zip bombs are refused before the sheet is read (default bounds)', () => {
  let server: TestServer;
  let admin: TestClient;
  let formId: string;
  beforeAll(async () => {
    ({ server, admin, formId } = await startServer());
  });
  afterAll(() => server.close());

  it('a file whose sheet unpacks to 146 MB: refused by its unpacked size, naming the bound', async () => {
    const file = xlsxOfSheet(sheetOfManyRows('Customer', 1_000_000));
    expect(file.length).toBeLessThan(defaultRecordSettings.importMaxBytes);
    const response = await importXlsx(admin, formId, file);
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('xlsx_too_large');
    expect(response.body.error.details).toEqual({ bound: 'unpackedBytes', limit: 64 * MB });
    expect(response.body.error.message).toBe('The XLSX file unpacks to more than 64 MB; split it, or save it as CSV and import that');
    expect(await storedCount(admin, formId)).toBe(0);
    await serverAnswers(admin);
  });

  it('a 200 KB file with one 200 MB cell: refused by its compression ratio, naming the entry (zh-CN too)', async () => {
    const file = xlsxOfSheet(sheetWithHugeCell('Customer', 200 * MB));
    expect(file.length).toBeLessThan(300 * 1024);
    const response = await importXlsx(admin, formId, file);
    expect(response.status).toBe(413);
    expect(response.body.error).toMatchObject({ code: 'xlsx_too_large', details: { bound: 'compressionRatio', limit: 200, entry: sheetPath } });
    const { body, contentType } = multipartBody({ name: 'visits.xlsx', type: xlsxType, bytes: file });
    const inChinese = await admin.post<ErrorBody>(`/api/forms/${formId}/import?lang=zh-CN`, undefined, { rawBody: body, headers: { 'content-type': contentType, 'x-requested-with': 'test' } });
    expect(inChinese.body.error.message).toBe(`XLSX 文件中的 ${sheetPath} 压缩比超过 200 倍（疑似压缩炸弹），无法导入`);
    expect(await storedCount(admin, formId)).toBe(0);
    await serverAnswers(admin);
  });

  it('a file of 100,000 entries: refused by its entry count, before any entry is read', async () => {
    const empty = deflatedEntry('x', '');
    const entries: ZipEntry[] = Array.from({ length: 100_000 }, (_, index) => ({ ...empty, name: `xl/media/${String(index)}.xml` }));
    const response = await importXlsx(admin, formId, buildZip(entries));
    expect(response.status).toBe(413);
    expect(response.body.error).toMatchObject({ code: 'xlsx_too_large', details: { bound: 'entries', limit: 1000 } });
    expect(await storedCount(admin, formId)).toBe(0);
    await serverAnswers(admin);
  });

  it('a sheet that declares 1 MB but unpacks to 200 MB: stopped while inflating, at the size it declared', async () => {
    const file = xlsxOfSheet(sheetWithHugeCell('Customer', 200 * MB, MB));
    const started = performance.now();
    const response = await importXlsx(admin, formId, file);
    expect(response.status).toBe(413);
    expect(response.body.error).toMatchObject({ code: 'xlsx_too_large', details: { bound: 'declaredSize', limit: MB, entry: sheetPath } });
    // Inflating all 200 MB would take over a second by itself; stopping at 1 MB takes a few ms.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(await storedCount(admin, formId)).toBe(0);
    await serverAnswers(admin);
  });

  it('still imports an ordinary XLSX', async () => {
    const response = await importXlsx(admin, formId, xlsxOfSheet(sheetOfRows([['Customer', 'Notes'], ['Acme', 'first visit'], ['Beta', '']])));
    expect([response.status, response.body.imported]).toEqual([200, 2]);
  });
});

describe('XLSX bounds are settings', () => {
  it('refuses an ordinary file that unpacks past a lowered bound', async () => {
    const { server, admin, formId } = await startServer({ importXlsxMaxUnpackedBytes: 1000 });
    try {
      const response = await importXlsx(admin, formId, xlsxOfSheet(sheetOfRows([['Customer'], ['Acme']])));
      expect(response.status).toBe(413);
      expect(response.body.error).toMatchObject({ code: 'xlsx_too_large', message: 'The XLSX file unpacks to more than 1 KB; split it, or save it as CSV and import that', details: { bound: 'unpackedBytes', limit: 1000 } });
    } finally {
      await server.close();
    }
  });
});

/** Rows of text that compress about as real notes do (a few times, not hundreds). */
function noteOf(row: number, length: number): string {
  let text = '';
  for (let word = row * 7919; text.length < length; word = (word * 48_271) % 2_147_483_647) text += `${word.toString(36)} `;
  return text.slice(0, length);
}

describe('every XLSX import is read and checked in a worker thread', () => {
  let server: TestServer;
  let admin: TestClient;
  let customerId: string;
  let formId: string;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.loginAsAdmin();
    const customersId = await publishNewForm(admin, { kind: 'form', schemaVersion: 1, title: 'Customers', fields: [{ id: 'f_name', type: 'text', label: 'Name' }] });
    customerId = (await admin.post<{ id: string }>(`/api/forms/${customersId}/records`, { data: { f_name: 'Acme' } })).body.id;
    formId = await publishNewForm(admin, {
      kind: 'form',
      schemaVersion: 1,
      title: 'Visits',
      fields: [
        { id: 'f_customer', type: 'link', label: 'Customer', formId: customersId, displayField: 'f_name' },
        { id: 'f_notes', type: 'textarea', label: 'Notes' },
      ],
    });
  });
  afterAll(() => server.close());

  it('a large import into a form with a linked record leaves other requests answering: GET /api/me completes first', async () => {
    const rows = Array.from({ length: 2000 }, (_, index) => [customerId, noteOf(index, 4000)]);
    const file = xlsxOfSheet(sheetOfRows([['Customer', 'Notes'], ...rows]));
    const { body, contentType } = multipartBody({ name: 'visits.xlsx', type: xlsxType, bytes: file });
    const finished: string[] = [];
    const imported = new Promise<{ status: number | undefined; text: string }>((resolve, reject) => {
      const url = new URL(`/api/forms/${formId}/import`, server.url);
      const headers = { 'content-type': contentType, 'content-length': String(body.length), 'x-requested-with': 'test', cookie: `formwork_session=${admin.sessionToken ?? ''}` };
      const call = request(url, { method: 'POST', headers }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (piece: string) => (text += piece));
        response.on('end', () => {
          finished.push('import');
          resolve({ status: response.statusCode, text });
        });
      });
      call.on('error', reject);
      // Once the whole file is on its way, ask something else of the server.
      call.end(body, () => {
        void admin.get('/api/me').then((me) => finished.push(`me ${String(me.status)}`));
      });
    });
    const answer = await imported;
    expect([answer.status, JSON.parse(answer.text)]).toEqual([200, { rows: 2000, imported: 2000, dryRun: false, ignoredColumns: [] }]);
    expect(finished).toEqual(['me 200', 'import']);
    const page = await admin.get<PageBody>(`/api/forms/${formId}/records?limit=1`);
    expect(page.body.items[0]?.data['f_customer']).toBe(customerId);
  });

  it('checks linked records in the worker as the request would: one the importer cannot see is refused', async () => {
    const file = xlsxOfSheet(sheetOfRows([['Customer'], [customerId], ['rec_nosuchrecord0000000']]));
    const response = await importXlsx(admin, formId, file);
    expect(response.status).toBe(400);
    const details = response.body.error.details as { errors: { row: number; fieldId: string }[] };
    expect(details.errors.map((error) => [error.row, error.fieldId])).toEqual([[3, 'f_customer']]);
  });
});

describe("one import's memory is capped", () => {
  it('a file that needs more heap than an import may use stops its worker alone: 413, nothing written, the server answers', async () => {
    const { server, admin, formId } = await startServer({ importWorkerMaxMemoryMb: 64 });
    try {
      // Within the zip bounds (about 12 MB unpacked), but reading it takes far more than 64 MB of heap.
      const rows = Array.from({ length: 40_000 }, (_, index) => [`Customer ${String(index)}`, noteOf(index, 200)]);
      const response = await importXlsx(admin, formId, xlsxOfSheet(sheetOfRows([['Customer', 'Notes'], ...rows])));
      expect(response.status).toBe(413);
      expect(response.body.error).toMatchObject({ code: 'import_too_large', details: { limitMb: 64 } });
      expect(await storedCount(admin, formId)).toBe(0);
      await serverAnswers(admin);
      // The cap leaves room for an ordinary import.
      const small = await importXlsx(admin, formId, xlsxOfSheet(sheetOfRows([['Customer'], ['Acme']])));
      expect([small.status, small.body.imported]).toEqual([200, 1]);
    } finally {
      await server.close();
    }
  });
});
