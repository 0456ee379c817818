import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { multipartBody } from '../files/testing/multipartBody.js';
import { publishNewForm, type ErrorBody } from '../records/testing/publishForm.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import type * as CheckImportSheetModule from './checkImportSheet.js';
import type * as ReadXlsxModule from './readXlsx.js';
import { sheetOfRows, xlsxOfSheet } from './testing/xlsxOfSheet.js';

// Counts what this thread — the request's — reads and checks. The import worker loads its own
// copies of these modules, which are not counted.
const onRequestThread = vi.hoisted(() => ({ xlsxReads: 0, sheetChecks: 0 }));
vi.mock('./readXlsx.js', async (load) => {
  const real = await load<typeof ReadXlsxModule>();
  return {
    readXlsx: (...args: Parameters<typeof real.readXlsx>) => {
      onRequestThread.xlsxReads++;
      return real.readXlsx(...args);
    },
  };
});
vi.mock('./checkImportSheet.js', async (load) => {
  const real = await load<typeof CheckImportSheetModule>();
  return {
    checkImportSheet: (...args: Parameters<typeof real.checkImportSheet>) => {
      onRequestThread.sheetChecks++;
      return real.checkImportSheet(...args);
    },
  };
});

let server: TestServer;
let admin: TestClient;
let customerId: string;
let formId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  const customersId = await publishNewForm(admin, { kind: 'form', schemaVersion: 1, title: 'Customers', fields: [{ id: 'f_name', type: 'text', label: 'Name' }] });
  customerId = (await admin.post<{ id: string }>(`/api/forms/${customersId}/records`, { data: { f_name: 'Acme' } })).body.id;
  const visits: FormSchema = {
    kind: 'form',
    schemaVersion: 1,
    title: 'Visits',
    fields: [
      { id: 'f_customer', type: 'link', label: 'Customer', formId: customersId, displayField: 'f_name' },
      { id: 'f_note', type: 'text', label: 'Note' },
    ],
  };
  formId = await publishNewForm(admin, visits);
});
afterAll(() => server.close());

async function importFile(name: string, type: string, bytes: Uint8Array) {
  const { body, contentType } = multipartBody({ name, type, bytes });
  return admin.post<{ imported: number } & ErrorBody>(`/api/forms/${formId}/import`, undefined, { rawBody: body, headers: { 'content-type': contentType, 'x-requested-with': 'test' } });
}

describe('where an import is read and checked', () => {
  it('never reads an XLSX nor checks its rows on the request thread, however small, also with linked records', async () => {
    const before = { ...onRequestThread };
    const file = xlsxOfSheet(sheetOfRows([['Customer', 'Note'], [customerId, 'first visit']]));
    const response = await importFile('visits.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', file);
    expect([response.status, response.body.imported]).toEqual([200, 1]);
    expect(onRequestThread).toEqual(before);
  });

  it('checks a CSV form with linked records in the worker too, from the worker size on', async () => {
    const before = { ...onRequestThread };
    const rows = Array.from({ length: 8000 }, (_, index) => `${customerId},note ${String(index)} ${'x'.repeat(20)}`);
    const file = Buffer.from(['Customer,Note', ...rows].join('\n'), 'utf8');
    expect(file.length).toBeGreaterThanOrEqual(server.context.settings.records.importWorkerMinBytes);
    const response = await importFile('visits.csv', 'text/csv', file);
    expect([response.status, response.body.imported]).toEqual([200, 8000]);
    expect(onRequestThread).toEqual(before);
  });

  it('checks a small CSV in the request, where it costs less than starting a thread (the count works)', async () => {
    const before = onRequestThread.sheetChecks;
    const response = await importFile('visits.csv', 'text/csv', Buffer.from(`Customer,Note\n${customerId},hello\n`, 'utf8'));
    expect([response.status, response.body.imported]).toEqual([200, 1]);
    expect(onRequestThread.sheetChecks).toBe(before + 1);
  });
});
