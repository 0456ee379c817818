import type { FormSchema } from '@formwork/runtime';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { multipartBody } from '../files/testing/multipartBody.js';
import { publishNewForm, republish, type ErrorBody, type PageBody, type RecordBody } from '../records/testing/publishForm.js';
import { defaultRecordSettings } from '../records/RecordSettings.js';
import { parseCsv } from './parseCsv.js';

let server: TestServer;
let admin: TestClient;
let rep: TestClient;
let repId: string;

const leadForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Leads',
  fields: [
    { id: 'f_company', type: 'text', label: '公司', required: true },
    { id: 'f_phone', type: 'phone', label: 'Phone', alias: 'mobile', unique: true },
    { id: 'f_budget', type: 'money', label: 'Budget' },
    { id: 'f_source', type: 'select', label: 'Source', options: [{ value: 'web', label: '官网' }, { value: 'fair', label: 'Trade fair' }] },
    { id: 'f_tags', type: 'checkbox', label: 'Tags', options: [{ value: 'vip', label: 'VIP' }, { value: 'hot', label: 'Hot' }] },
    { id: 'f_met', type: 'date', label: 'Met on' },
    { id: 'f_call', type: 'datetime', label: 'Call at' },
    { id: 'f_sales', type: 'member', label: 'Sales rep' },
    { id: 'f_no', type: 'serial', label: 'No.', parts: [{ kind: 'text', value: 'L' }, { kind: 'counter', digits: 3 }] },
  ],
  settings: { access: { rows: { member: 'own' } } },
};

async function importFile(client: TestClient, formId: string, name: string, bytes: Uint8Array, query = '') {
  const { body, contentType } = multipartBody({ name, type: name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv', bytes });
  return client.post<{ rows: number; imported: number; dryRun: boolean; ignoredColumns: string[] } & ErrorBody>(`/api/forms/${formId}/import${query}`, undefined, {
    rawBody: body,
    headers: { 'content-type': contentType, 'x-requested-with': 'test' },
  });
}

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

// Every behaviour holds alike whether the rows are checked in the request or in a worker thread
// (large files; here every file, whatever its size).
describe.each([
  ['in the request', Number.POSITIVE_INFINITY],
  ['in a worker thread', 0],
])('import and export, rows checked %s', (_mode, workerMinBytes) => {
  beforeAll(async () => {
    server = await startTestServer({ settings: { records: { ...defaultRecordSettings, importWorkerMinBytes: workerMinBytes } } });
    admin = await server.loginAsAdmin();
    const created = await server.createUser({ username: 'zhang.wei', name: '张伟' });
    rep = created.client;
    repId = created.user.id;
  });
  afterAll(() => server.close());


  describe('POST /api/forms/:id/import', () => {
    it('imports a CSV, matching headers by label or alias and converting each cell', async () => {
      const formId = await publishNewForm(admin, leadForm);
      const file = csv([
        '公司,mobile,Budget,Source,Tags,Met on,Call at,Sales rep,Notes',
        '"Acme, Inc.",13800000001,"¥1,200.50",官网,"VIP, Hot",2025/1/6,2025-01-06 09:30,zhang.wei,ignored',
        'Beta,13800000002,300,fair,,2025年2月1日,,张伟,',
        ',,,,,,,,',
      ]);
      const response = await importFile(admin, formId, 'leads.csv', file);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ rows: 2, imported: 2, dryRun: false, ignoredColumns: ['Notes'] });
      const page = await admin.get<PageBody>(`/api/forms/${formId}/records?sort=_createdAt:asc`);
      const [acme, beta] = page.body.items.map((r) => r.data).sort((a, b) => String(a['f_company']).localeCompare(String(b['f_company'])));
      expect(acme).toEqual({
        f_company: 'Acme, Inc.',
        f_phone: '13800000001',
        f_budget: 1200.5,
        f_source: 'web',
        f_tags: ['vip', 'hot'],
        f_met: '2025-01-06',
        f_call: '2025-01-06T09:30:00+08:00',
        f_sales: repId,
        f_no: expect.stringMatching(/^L00[12]$/),
      });
      expect(beta).toMatchObject({ f_source: 'fair', f_met: '2025-02-01', f_sales: repId });
      const history = await admin.get<{ items: { action: string }[] }>(`/api/records/${page.body.items[0]?.id ?? ''}/history`);
      expect(history.body.items.map((h) => h.action)).toEqual(['create']);
    });

    it('imports nothing when any row is bad, and names every bad row, column and reason', async () => {
      const formId = await publishNewForm(admin, leadForm);
      const file = csv([
        '公司,Phone,Budget,Source,Met on,Sales rep',
        'Good Co,13800000011,10,官网,2025-01-01,zhang.wei',
        ',13800000012,lots,Radio,2025-02-30,nobody',
        'Dup Co,13800000011,1,,,',
      ]);
      const response = await importFile(admin, formId, 'leads.csv', file, '?lang=en');
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('import_invalid');
      const details = response.body.error.details as { rows: number; errorCount: number; errors: { row: number; column: string | null; fieldId: string | null; message: string }[] };
      expect(details.rows).toBe(3);
      const found = details.errors.map((e) => [e.row, e.column, e.fieldId]);
      expect(found).toEqual(
        expect.arrayContaining([
          [3, '公司', 'f_company'],
          [3, 'Budget', 'f_budget'],
          [3, 'Source', 'f_source'],
          [3, 'Met on', 'f_met'],
          [4, 'Phone', 'f_phone'],
        ]),
      );
      expect(details.errors.every((e) => e.message.length > 0)).toBe(true);
      expect(details.errorCount).toBe(details.errors.length);
      expect((await admin.get<PageBody>(`/api/forms/${formId}/records`)).body.total).toBe(0);
    });

    it('reports rows that clash with a stored unique value, and keeps the stored records alone', async () => {
      const formId = await publishNewForm(admin, leadForm);
      await admin.post(`/api/forms/${formId}/records`, { data: { f_company: 'Stored', f_phone: '13800000021' } });
      const response = await importFile(admin, formId, 'leads.csv', csv(['公司,Phone', 'New,13800000022', 'Clash,13800000021']));
      expect(response.status).toBe(400);
      expect((response.body.error.details as { errors: { row: number }[] }).errors.map((e) => e.row)).toEqual([3]);
      expect((await admin.get<PageBody>(`/api/forms/${formId}/records`)).body.total).toBe(1);
    });

    it('writes a file of many chunks, numbering serials in file order', async () => {
      const fields = leadForm.fields.map((field) => (field.id === 'f_no' ? { ...field, parts: [{ kind: 'text' as const, value: 'L' }, { kind: 'counter' as const, digits: 4 }] } : field));
      const formId = await publishNewForm(admin, { ...leadForm, fields });
      const lines = Array.from({ length: 2500 }, (_, index) => `Co ${index},139${String(index).padStart(8, '0')}`);
      const response = await importFile(admin, formId, 'many.csv', csv(['公司,Phone', ...lines]));
      expect(response.body).toEqual({ rows: 2500, imported: 2500, dryRun: false, ignoredColumns: [] });
      const serialOf = async (company: string) => {
        const filter = encodeURIComponent(JSON.stringify({ field: 'f_company', op: 'eq', value: company }));
        return (await admin.get<PageBody>(`/api/forms/${formId}/records?filter=${filter}`)).body.items.map((record) => record.data['f_no']);
      };
      expect([await serialOf('Co 0'), await serialOf('Co 1000'), await serialOf('Co 2499')]).toEqual([['L0001'], ['L1001'], ['L2500']]);
      expect((await admin.get<PageBody>(`/api/forms/${formId}/records`)).body.total).toBe(2500);
    });

    it('rolls back rows already written when a later row is bad, and lists the problems of every chunk', async () => {
      const formId = await publishNewForm(admin, leadForm);
      for (const phone of ['13700000000', '13700000001']) await admin.post(`/api/forms/${formId}/records`, { data: { f_company: 'Stored', f_phone: phone } });
      const lines = Array.from({ length: 2500 }, (_, index) => `Co ${index},139${String(index).padStart(8, '0')}`);
      lines[1499] = 'Clash,13700000000'; // sheet row 1501: a stored record has this phone
      lines[2099] = ',13911111111'; // row 2101: no company
      lines[2399] = 'Repeat,13900000007'; // row 2401: the phone of row 9
      lines[2449] = 'Clash again,13700000001'; // row 2451: after the first problem, still checked against stored records
      const response = await importFile(admin, formId, 'many.csv', csv(['公司,Phone', ...lines]), '?lang=en');
      expect(response.status).toBe(400);
      const details = response.body.error.details as { rows: number; errorCount: number; errors: { row: number; fieldId: string; message: string }[] };
      expect(details.rows).toBe(2500);
      const found = details.errors.map((error) => [error.row, error.fieldId]).sort((a, b) => Number(a[0]) - Number(b[0]));
      expect(found).toEqual([
        [1501, 'f_phone'],
        [2101, 'f_company'],
        [2401, 'f_phone'],
        [2451, 'f_phone'],
      ]);
      expect(details.errors.find((error) => error.row === 2401)?.message).toContain('row 9');
      expect(details.errors.find((error) => error.row === 2451)?.message).toContain('existing record');
      expect((await admin.get<PageBody>(`/api/forms/${formId}/records`)).body.total).toBe(2);
    });

    it('checks only on a dry run', async () => {
      const formId = await publishNewForm(admin, leadForm);
      const response = await importFile(admin, formId, 'leads.csv', csv(['公司', 'Dry Co']), '?dryRun=true');
      expect(response.body).toMatchObject({ rows: 1, imported: 0, dryRun: true });
      expect((await admin.get<PageBody>(`/api/forms/${formId}/records`)).body.total).toBe(0);
    });

    it('imports XLSX, with real dates and numbers in the cells', async () => {
      const formId = await publishNewForm(admin, leadForm);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Leads');
      sheet.addRow(['公司', 'Budget', 'Met on', 'Call at']);
      sheet.addRow(['Gamma', 99.5, new Date(Date.UTC(2025, 2, 3)), new Date(Date.UTC(2025, 2, 3, 14, 5))]);
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
      const response = await importFile(admin, formId, 'leads.xlsx', bytes);
      expect(response.status).toBe(200);
      const record = (await admin.get<PageBody>(`/api/forms/${formId}/records`)).body.items[0];
      expect(record?.data).toMatchObject({ f_company: 'Gamma', f_budget: 99.5, f_met: '2025-03-03', f_call: '2025-03-03T14:05:00+08:00' });
    });

    it('reads GB18030 CSV as saved by Excel on Chinese Windows', async () => {
      const formId = await publishNewForm(admin, leadForm);
      // "公司\r\n华为\r\n" in GB18030.
      const bytes = Buffer.from([0xb9, 0xab, 0xcb, 0xbe, 0x0d, 0x0a, 0xbb, 0xaa, 0xce, 0xaa, 0x0d, 0x0a]);
      expect((await importFile(admin, formId, 'gbk.csv', bytes)).status).toBe(200);
      expect((await admin.get<PageBody>(`/api/forms/${formId}/records`)).body.items[0]?.data['f_company']).toBe('华为');
    });

    it('refuses files it cannot use', async () => {
      const formId = await publishNewForm(admin, leadForm);
      expect((await importFile(admin, formId, 'x.csv', csv(['Nothing,Known', '1,2']))).body.error.code).toBe('no_columns');
      expect((await importFile(admin, formId, 'x.csv', Buffer.from('公司\r\n"open quote\r\n'))).body.error.code).toBe('invalid_csv');
      expect((await importFile(admin, formId, 'x.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).body.error.code).toBe('unreadable_file');
      expect((await importFile(admin, formId, 'x.csv', csv(['公司,公司', 'a,b']))).status).toBe(400);
      expect((await importFile(server.anonymous(), formId, 'x.csv', csv(['公司', 'a']))).status).toBe(401);
    });
  });

  describe('GET /api/forms/:id/export', () => {
    let formId: string;
    beforeAll(async () => {
      formId = await publishNewForm(admin, leadForm);
      await rep.post(`/api/forms/${formId}/records`, {
        data: { f_company: '=HYPERLINK("http://evil.example","click")', f_budget: -5, f_source: 'web', f_tags: ['vip'], f_call: '2025-01-06T01:00:00Z', f_sales: repId },
      });
      await admin.post(`/api/forms/${formId}/records`, { data: { f_company: '+cmd|calc', f_phone: '13800000031' } });
      await admin.post(`/api/forms/${formId}/records`, { data: { f_company: '@SUM(1)', f_budget: 1 } });
    });

    it('writes a CSV with BOM, labels as headers, readable values and neutralised formulas', async () => {
      const response = await admin.get<string>(`/api/forms/${formId}/export?format=csv&lang=en`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(response.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''Leads-\d{8}\.csv/);
      const raw = Buffer.from(await (await fetch(`${server.url}/api/forms/${formId}/export?format=csv`, { headers: { cookie: `formwork_session=${admin.sessionToken ?? ''}` } })).arrayBuffer());
      expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(response.body);
      const zone = ' (Asia/Shanghai, UTC+08:00)';
      expect(rows[0]).toEqual(['公司', 'Phone', 'Budget', 'Source', 'Tags', 'Met on', `Call at${zone}`, 'Sales rep', 'No.', 'Record ID', 'Submitted by', `Submitted at${zone}`, `Updated at${zone}`]);
      const byCompany = new Map(rows.slice(1).map((row) => [row[0], row]));
      const evil = byCompany.get(`'=HYPERLINK("http://evil.example","click")`);
      expect(evil).toBeDefined();
      expect(evil?.slice(2, 8)).toEqual(['-5', '官网', 'VIP', '', '2025-01-06 09:00:00', '张伟']);
      expect(byCompany.has("'+cmd|calc")).toBe(true);
      expect(byCompany.has("'@SUM(1)")).toBe(true);
      for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
    });

    it('exports only the rows the caller may see, filtered', async () => {
      const mine = parseCsv((await rep.get<string>(`/api/forms/${formId}/export`)).body);
      expect(mine).toHaveLength(2);
      const filter = encodeURIComponent(JSON.stringify({ field: 'f_budget', op: 'gt', value: 0 }));
      const filtered = parseCsv((await admin.get<string>(`/api/forms/${formId}/export?filter=${filter}`)).body);
      expect(filtered.slice(1).map((row) => row[0])).toEqual(["'@SUM(1)"]);
      expect((await admin.get(`/api/forms/${formId}/export?filter=${encodeURIComponent('{"field":"nope","op":"empty"}')}`)).status).toBe(400);
    });

    it('writes XLSX with numbers as numbers and text neutralised', async () => {
      const response = await fetch(`${server.url}/api/forms/${formId}/export?format=xlsx`, { headers: { cookie: `formwork_session=${admin.sessionToken ?? ''}` } });
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      const sheet = workbook.worksheets[0];
      const values = (sheet?.getSheetValues() ?? []).slice(2).map((row) => (row as unknown[]).slice(1));
      const evil = values.find((row) => String(row[0]).includes('HYPERLINK'));
      expect(evil?.[0]).toBe(`'=HYPERLINK("http://evil.example","click")`);
      expect(evil?.[2]).toBe(-5);
    });

    it('keeps removed fields, marked, and round-trips through import', async () => {
      const { f_budget: _removed, ...kept } = Object.fromEntries(leadForm.fields.map((f) => [f.id, f]));
      await republish(admin, formId, { ...leadForm, fields: Object.values(kept) });
      const rows = parseCsv((await admin.get<string>(`/api/forms/${formId}/export?lang=en`)).body);
      expect(rows[0]).toContain('Budget (removed)');
      const budgetColumn = rows[0]?.indexOf('Budget (removed)') ?? -1;
      expect(rows.slice(1).map((row) => row[budgetColumn]).sort()).toEqual(['', '-5', '1']);
      const zh = parseCsv((await admin.get<string>(`/api/forms/${formId}/export?lang=zh-CN`)).body);
      expect(zh[0]).toContain('Budget（已删除）');

      const target = await publishNewForm(admin, leadForm);
      const exported = (await admin.get<string>(`/api/forms/${formId}/export?lang=en`)).body;
      const imported = await importFile(admin, target, 'roundtrip.csv', Buffer.from(exported, 'utf8'));
      expect(imported.status).toBe(200);
      expect(imported.body.ignoredColumns).toEqual(expect.arrayContaining(['Budget (removed)', 'No.']));
      expect(imported.body.ignoredColumns).not.toContain('Record ID');
      const copies = (await admin.get<PageBody>(`/api/forms/${target}/records`)).body.items.map((r: RecordBody) => r.data['f_company']).sort();
      expect(copies).toEqual(['+cmd|calc', '=HYPERLINK("http://evil.example","click")', '@SUM(1)']);
    });
  });
});

describe('import limits', () => {
  it('refuses files over the size limit and sheets over the row limit (413), importing nothing', async () => {
    const limited = await startTestServer({ settings: { records: { ...defaultRecordSettings, uploadMaxBytes: 1 << 20, importMaxBytes: 300, importMaxRows: 2 } } });
    try {
      const client = await limited.loginAsAdmin();
      const formId = await publishNewForm(client, leadForm);
      const tooLong = await importFile(client, formId, 'big.csv', csv(['公司', ...Array.from({ length: 60 }, (_, i) => `Company number ${i}`)]));
      expect(tooLong.status).toBe(413);
      expect(tooLong.body.error.code).toBe('file_too_large');
      const tooMany = await importFile(client, formId, 'rows.csv', csv(['公司', 'a', 'b', 'c']));
      expect(tooMany.status).toBe(413);
      expect(tooMany.body.error.code).toBe('too_many_rows');
      expect((await client.get<PageBody>(`/api/forms/${formId}/records`)).body.total).toBe(0);
      expect((await importFile(client, formId, 'ok.csv', csv(['公司', 'a', 'b']))).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
