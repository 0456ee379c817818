import type { FormSchema } from '@formwork/runtime';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../files/testing/multipartBody.js';
import { publishNewForm, type ErrorBody, type PageBody, type RecordBody } from '../records/testing/publishForm.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { parseCsv } from './parseCsv.js';

let server: TestServer;
let admin: TestClient;
let repId: string;

const visitForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '客户拜访记录',
  fields: [
    { id: 'f_customer', type: 'text', label: '客户', required: true },
    { id: 'f_visit', type: 'datetime', label: '拜访时间' },
    { id: 'f_rep', type: 'member', label: '销售' },
    {
      id: 'f_items',
      type: 'subform',
      label: '产品明细',
      fields: [
        { id: 'f_product', type: 'select', label: '产品', required: true, options: [{ value: 'p1', label: '打印机' }, { value: 'p2', label: '墨盒' }] },
        { id: 'f_qty', type: 'number', label: '数量', min: 1 },
        { id: 'f_buyer', type: 'member', label: '采购人' },
        { id: 'f_due', type: 'datetime', label: '交付时间' },
      ],
    },
  ],
};

const zone = ' (Asia/Shanghai, UTC+08:00)';
const headers = ['客户', `拜访时间${zone}`, '销售', '产品明细 · 产品', '产品明细 · 数量', '产品明细 · 采购人', `产品明细 · 交付时间${zone}`, '记录ID', '提交人', `提交时间${zone}`, `更新时间${zone}`];

async function importFile(client: TestClient, formId: string, name: string, bytes: Uint8Array, query = '') {
  const { body, contentType } = multipartBody({ name, type: name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv', bytes });
  return client.post<ImportAnswer & ErrorBody>(`/api/forms/${formId}/import${query}`, undefined, { rawBody: body, headers: { 'content-type': contentType, 'x-requested-with': 'test' } });
}

interface ImportAnswer {
  rows: number;
  imported: number;
  skipped?: number;
  errorCount?: number;
  errors?: { row: number; column: string | null; fieldId: string | null; message: string }[];
  errorReport?: { fileName: string; csv: string } | null;
}

async function download(client: TestClient, path: string): Promise<Response> {
  return fetch(`${server.url}${path}`, { headers: { cookie: `formwork_session=${client.sessionToken ?? ''}` } });
}

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
// Date-times compare as instants: a copy reads them in the zone the export wrote (+08:00).
const instant = (value: unknown) => (typeof value === 'string' && /T\d{2}:/.test(value) ? Date.parse(value) : value);
const comparableRow = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, instant(value)]));
const withoutRowIds = (rows: unknown) => (rows as Record<string, unknown>[]).map(({ _id, ...row }) => comparableRow(row));

// Small files are checked in the request, large ones in a worker thread: both alike (here every file in a worker).
describe.each([
  ['in the request', Number.POSITIVE_INFINITY],
  ['in a worker thread', 0],
])('subforms in exports and imports, rows checked %s', (_mode, workerMinBytes) => {
  let formId: string;

  beforeAll(async () => {
    const { defaultRecordSettings } = await import('../records/RecordSettings.js');
    server = await startTestServer({ settings: { records: { ...defaultRecordSettings, importWorkerMinBytes: workerMinBytes } } });
    admin = await server.loginAsAdmin();
    repId = (await server.createUser({ username: 'zhang.wei', name: '张伟' })).user.id;
    formId = await publishNewForm(admin, visitForm);
    await admin.post(`/api/forms/${formId}/records`, {
      data: {
        f_customer: '华东贸易',
        f_visit: '2025-01-06T01:30:00Z',
        f_rep: repId,
        f_items: [
          { f_product: 'p1', f_qty: 2, f_buyer: repId, f_due: '2025-01-10T02:00:00Z' },
          { f_product: 'p2', f_qty: 10 },
        ],
      },
    });
    await admin.post(`/api/forms/${formId}/records`, { data: { f_customer: '=无明细', f_visit: '2025-01-07T16:30:00Z' } });
  });
  afterAll(() => server.close());

  it('exports CSV with a line per subform row, labels for headers, names for members and times in the stated zone', async () => {
    const response = await download(admin, `/api/forms/${formId}/export?format=csv&lang=zh-CN`);
    expect(response.status).toBe(200);
    const rows = parseCsv(new TextDecoder().decode(await response.arrayBuffer()));
    expect(rows[0]).toEqual(headers);
    expect(rows).toHaveLength(4);
    const at = rows.findIndex((row) => row[0] === '华东贸易');
    const [first, second] = [rows[at], rows[at + 1]];
    const third = rows.find((row) => row[0] === "'=无明细");
    expect(first?.slice(0, 7)).toEqual(['华东贸易', '2025-01-06 09:30:00', '张伟', '打印机', '2', '张伟', '2025-01-10 10:00:00']);
    // The continuation line: only the record key and the subform's cells.
    expect(second?.slice(0, 7)).toEqual(['', '', '', '墨盒', '10', '', '']);
    expect(second?.[7]).toBe(first?.[7]);
    expect(second?.slice(8)).toEqual(['', '', '']);
    expect(third?.slice(0, 4)).toEqual(["'=无明细", '2025-01-08 00:30:00', '', '']);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/_id|\[\{|usr_/);
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('客户拜访记录-20250106.csv'));
  });

  it('exports XLSX in the same layout', async () => {
    const response = await download(admin, `/api/forms/${formId}/export?format=xlsx&lang=en`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const values = (workbook.worksheets[0]?.getSheetValues() ?? []).slice(1).map((row) => (row as unknown[]).slice(1));
    expect(values[0]).toEqual(['客户', `拜访时间${zone}`, '销售', '产品明细 · 产品', '产品明细 · 数量', '产品明细 · 采购人', `产品明细 · 交付时间${zone}`, 'Record ID', 'Submitted by', `Submitted at${zone}`, `Updated at${zone}`]);
    const withItems = values.slice(1).filter((row) => row[3] !== undefined && row[3] !== null);
    expect(withItems.map((row) => [row[0] ?? null, row[3], row[4]])).toEqual([
      ['华东贸易', '打印机', 2],
      [null, '墨盒', 10],
    ]);
    expect(values).toHaveLength(4);
  });

  it('round-trips: the exported file imports as the same records, subform rows and all', async () => {
    const exported = Buffer.from(await (await download(admin, `/api/forms/${formId}/export?format=xlsx`)).arrayBuffer());
    const target = await publishNewForm(admin, visitForm);
    const imported = await importFile(admin, target, 'visits.xlsx', exported);
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ rows: 3, imported: 2 });
    const copies = (await admin.get<PageBody>(`/api/forms/${target}/records`)).body.items;
    const source = (await admin.get<PageBody>(`/api/forms/${formId}/records`)).body.items;
    const comparable = (records: RecordBody[]) =>
      records
        .map((record): Record<string, unknown> => ({ ...comparableRow(record.data), f_items: record.data['f_items'] === undefined ? undefined : withoutRowIds(record.data['f_items']) }))
        .sort((a, b) => String(a['f_customer']).localeCompare(String(b['f_customer'])));
    expect(comparable(copies)).toEqual(comparable(source));
    const rows = copies.find((record) => record.data['f_customer'] === '华东贸易')?.data['f_items'] as { _id: string }[];
    expect(rows.map((row) => row._id)).toEqual([expect.stringMatching(/^[0-9a-f-]{36}$/), expect.stringMatching(/^[0-9a-f-]{36}$/)]);
  });

  describe('a file with good and bad records', () => {
    const file = csv([
      '记录ID,客户,产品明细 · 产品,产品明细 · 数量',
      '1,Good A,打印机,2',
      '1,,墨盒,3',
      '2,Bad B,打印机,0',
      '2,,墨盒,1',
      '3,,打印机,1',
      '4,Good D,,',
    ]);

    it('all or nothing (the default): writes nothing and names each bad line and column by its label', async () => {
      const target = await publishNewForm(admin, visitForm);
      const response = await importFile(admin, target, 'mixed.csv', file, '?lang=en');
      expect(response.status).toBe(400);
      const details = response.body.error.details as { errors: { row: number; column: string | null }[] };
      expect(details.errors.map((error) => [error.row, error.column])).toEqual([
        [4, '产品明细 · 数量'],
        [6, '客户'],
      ]);
      expect((await admin.get<PageBody>(`/api/forms/${target}/records`)).body.total).toBe(0);
    });

    it('mode=skip-invalid: writes exactly the good records, skips the bad ones and reports them in a CSV to fix', async () => {
      const target = await publishNewForm(admin, visitForm);
      const response = await importFile(admin, target, 'mixed.csv', file, '?mode=skip-invalid&lang=en');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ rows: 6, imported: 2, skipped: 2, errorCount: 2 });
      expect(response.body.errors?.map((error) => [error.row, error.column])).toEqual([
        [4, '产品明细 · 数量'],
        [6, '客户'],
      ]);
      const written = (await admin.get<PageBody>(`/api/forms/${target}/records`)).body.items;
      expect(written.map((record) => [record.data['f_customer'], withoutRowIds(record.data['f_items'] ?? [])]).sort()).toEqual([
        ['Good A', [{ f_product: 'p1', f_qty: 2 }, { f_product: 'p2', f_qty: 3 }]],
        ['Good D', []],
      ]);
      const report = parseCsv(response.body.errorReport?.csv.replace(/^\uFEFF/, '') ?? '');
      expect(report[0]).toEqual(['记录ID', '客户', '产品明细 · 产品', '产品明细 · 数量', 'Errors']);
      expect(report.slice(1).map((line) => line.slice(0, 4))).toEqual([
        ['2', 'Bad B', '打印机', '0'],
        ['2', '', '墨盒', '1'],
        ['3', '', '打印机', '1'],
      ]);
      expect(report[1]?.[4]).toMatch(/^产品明细 · 数量: /);
      expect(report[2]?.[4]).toBe('');
      expect(report[3]?.[4]).toMatch(/^客户: /);

      // Fixed, the report imports as it is (its error column names no field).
      const fixed = response.body.errorReport?.csv.replace('2,Bad B,打印机,0', '2,Bad B,打印机,5').replace('3,,打印机,1', '3,Fixed C,打印机,1') ?? '';
      const again = await importFile(admin, target, 'fixed.csv', Buffer.from(fixed, 'utf8'), '?mode=skip-invalid');
      expect(again.body).toMatchObject({ imported: 2, skipped: 0, errorReport: null });
      expect((await admin.get<PageBody>(`/api/forms/${target}/records`)).body.total).toBe(4);
    });

    it('names the fields of a form-level rule by label, never by id', async () => {
      const target = await publishNewForm(admin, {
        ...visitForm,
        rules: { validations: [{ id: 'r_total', assert: { '<=': [{ reduce: [{ var: 'f_items' }, { '+': [{ var: 'current.f_qty' }, { var: 'accumulator' }] }, 0] }, 10] }, message: { 'zh-CN': '数量合计不能超过 10', en: 'At most 10 in all' } }, { id: 'r_rep', assert: { '!!': [{ var: 'f_rep' }] }, message: 'Rep needed' }] },
      });
      const response = await importFile(admin, target, 'rule.csv', csv(['记录ID,客户,产品明细 · 产品,产品明细 · 数量', '1,A,打印机,6', '1,,墨盒,6']), '?mode=skip-invalid&lang=en');
      expect(response.status).toBe(200);
      const errors = response.body.errors ?? [];
      expect(errors.map((error) => error.column)).toEqual(['产品明细', '销售']);
      expect(errors[0]?.message).toContain('产品明细');
      expect(errors[1]?.message).toContain('销售');
      expect(JSON.stringify(errors.map((error) => [error.column, error.message]))).not.toMatch(/f_[a-z]/);
    });
  });

  describe('GET /api/forms/:id/import/template', () => {
    const templateForm: FormSchema = {
      ...visitForm,
      fields: [
        { id: 'f_no', type: 'serial', label: '编号', parts: [{ kind: 'counter', digits: 3 }] },
        ...visitForm.fields,
        { id: 'f_stage', type: 'select', label: '阶段', required: true, options: [{ value: 'lead', label: '线索' }, { value: 'won', label: '赢单' }] },
        { id: 'f_tags', type: 'checkbox', label: '标签', options: [{ value: 'vip', label: '重要客户' }] },
        { id: 'f_met', type: 'date', label: '下次跟进', required: true },
        { id: 'f_budget', type: 'money', label: '预算', min: 100 },
        { id: 'f_double', type: 'formula', label: '双倍预算', expression: { '*': [{ var: 'f_budget' }, 2] } },
      ],
    };
    const expectedHeaders = ['记录ID', '客户', `拜访时间${zone}`, '销售', '产品明细 · 产品', '产品明细 · 数量', '产品明细 · 采购人', `产品明细 · 交付时间${zone}`, '阶段', '标签', '下次跟进', '预算'];
    const expectedExample = ['1', '示例文本', '2025-01-06 09:30', 'admin', '打印机', '1', 'admin', '2025-01-06 09:30', '线索', '重要客户', '2025-01-06', '100'];

    it('gives a CSV of the importable columns by label and an example line that imports as it is', async () => {
      const target = await publishNewForm(admin, templateForm);
      const response = await download(admin, `/api/forms/${target}/import/template?format=csv&lang=zh-CN`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('客户拜访记录-导入模板.csv'));
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(bytes.toString('utf8').slice(1));
      expect(rows).toEqual([expectedHeaders, expectedExample]);
      const imported = await importFile(admin, target, 'template.csv', bytes);
      expect(imported.body).toMatchObject({ rows: 1, imported: 1, ignoredColumns: [] });
      const record = (await admin.get<PageBody>(`/api/forms/${target}/records`)).body.items[0];
      expect(record?.data).toMatchObject({ f_customer: '示例文本', f_stage: 'lead', f_tags: ['vip'], f_met: '2025-01-06', f_budget: 100, f_double: 200, f_visit: '2025-01-06T09:30:00+08:00' });
      expect(withoutRowIds(record?.data['f_items'])).toEqual([{ f_product: 'p1', f_qty: 1, f_buyer: expect.stringMatching(/^usr_/), f_due: Date.parse('2025-01-06T09:30:00+08:00') }]);
    });

    it('gives the same as XLSX, with notes in both languages on a second sheet, in the caller\'s language', async () => {
      const target = await publishNewForm(admin, templateForm);
      const response = await download(admin, `/api/forms/${target}/import/template?format=xlsx&lang=en`);
      const file = await response.arrayBuffer();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file);
      const bytes = new Uint8Array(file);
      const [sheet, notes] = workbook.worksheets;
      const values = (sheet?.getSheetValues() ?? []).slice(1).map((row) => (row as unknown[]).slice(1));
      expect(values[0]).toEqual(['Record ID', ...expectedHeaders.slice(1)]);
      expect(values[1]).toEqual(['1', 'Sample text', ...expectedExample.slice(2, 5), 1, ...expectedExample.slice(6, 11), 100]);
      expect(notes?.name).toBe('Notes');
      expect(String(notes?.getCell('A4').value)).toMatch(/记录ID.*Record ID/);
      const imported = await importFile(admin, target, 'template.xlsx', bytes);
      expect(imported.body).toMatchObject({ rows: 1, imported: 1 });
    });

    it('is for those who may submit', async () => {
      const target = await publishNewForm(admin, { ...templateForm, settings: { access: { submit: { roles: ['admin'] }, rows: { member: 'all' } } } });
      const rep = (await server.createUser({ username: `rep.${String(Date.now())}` })).client;
      expect((await rep.get(`/api/forms/${target}/import/template`)).status).toBe(403);
      expect((await server.anonymous().get(`/api/forms/${target}/import/template`)).status).toBe(401);
    });
  });
});
