import type { FormSchema } from '@formwork/runtime';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { multipartBody } from '../files/testing/multipartBody.js';
import { publishNewForm, type ErrorBody, type PageBody } from '../records/testing/publishForm.js';
import { defaultRecordSettings } from '../records/RecordSettings.js';

// "What a value may be" (runtime README) through the import: cells pass the same engine gate as a
// submit, so money is stored as its decimal and unsafe text is named by row and column.

const form: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Deals',
  fields: [
    { id: 'f_name', type: 'text', label: '客户', required: true },
    { id: 'f_amount', type: 'money', label: '金额' },
    { id: 'f_qty', type: 'number', label: '数量' },
    { id: 'f_note', type: 'textarea', label: '备注' },
  ],
};

interface ImportError {
  row: number;
  column: string | null;
  fieldId: string | null;
  code: string;
  message: string;
}

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

describe.each([
  ['in the request', Number.POSITIVE_INFINITY],
  ['in a worker thread', 0],
])('imported values, rows checked %s', (_mode, workerMinBytes) => {
  let server: TestServer;
  let admin: TestClient;

  async function importFile(formId: string, name: string, bytes: Uint8Array) {
    const { body, contentType } = multipartBody({ name, type: name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv', bytes });
    return admin.post<ErrorBody>(`/api/forms/${formId}/import?lang=en`, undefined, { rawBody: body, headers: { 'content-type': contentType, 'x-requested-with': 'test' } });
  }

  function errorsOf(body: ErrorBody): [number, string | null, string][] {
    return (body.error.details as { errors: ImportError[] }).errors.map((error) => [error.row, error.column, error.code]);
  }

  beforeAll(async () => {
    server = await startTestServer({ settings: { records: { ...defaultRecordSettings, importWorkerMinBytes: workerMinBytes } } });
    admin = await server.loginAsAdmin();
  });
  afterAll(() => server.close());

  it('stores an amount Excel computed as 0.1 + 0.2 as 0.3', async () => {
    const formId = await publishNewForm(admin, form);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Deals');
    sheet.addRow(['客户', '金额']);
    sheet.addRow(['Alpha', 0.1 + 0.2]);
    const response = await importFile(formId, 'deals.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(response.status).toBe(200);
    const page = await admin.get<PageBody>(`/api/forms/${formId}/records`);
    expect(page.body.items[0]?.data.f_amount).toBe(0.3);
  });

  it('refuses amounts with too many decimals and numbers beyond the exact range, by row and column', async () => {
    const formId = await publishNewForm(admin, form);
    const response = await importFile(formId, 'deals.csv', csv(['客户,金额,数量', 'Alpha,"1,280.505",1', 'Beta,12,9007199254740993', 'Gamma,10000000000000,2']));
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('import_invalid');
    expect(errorsOf(response.body)).toEqual([
      [2, '金额', 'precision'],
      [3, '数量', 'range'],
      [4, '金额', 'range'],
    ]);
    expect((await admin.get<PageBody>(`/api/forms/${formId}/records`)).body.total).toBe(0);
  });

  it('refuses text with control characters, direction overrides or a line break in one-line text, by row and column', async () => {
    const formId = await publishNewForm(admin, form);
    const response = await importFile(formId, 'deals.csv', csv(['客户,备注', 'Alpha,a\u0000b', 'Beta,\u202Efdp.exe', 'Gamma,"line 1\nline 2"', '"Del\nta",ok', 'Epsilon,x\u0085']));
    expect(response.status).toBe(400);
    const errors = (response.body.error.details as { errors: ImportError[] }).errors;
    expect(errors.map((error) => [error.row, error.column, error.code])).toEqual([
      [2, '备注', 'character'],
      [3, '备注', 'character'],
      [5, '客户', 'character'],
      [6, '备注', 'character'],
    ]);
    expect(errors[1]?.message).toBe('备注 cannot hold character 1 (U+202E): a control character, a text-direction override or half a character');
    expect(errors[2]?.message).toBe('客户 is a single line: character 4 is a line break or a tab');
  });
});
