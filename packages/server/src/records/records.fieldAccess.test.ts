import type { FormSchema } from '@formwork/runtime';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../files/testing/multipartBody.js';
import { parseCsv } from '../importExport/parseCsv.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { publishNewForm, type ErrorBody, type PageBody, type RecordBody } from './testing/publishForm.js';

// Reps may not see the cost (nor the margin computed from it, the partner, the region) and may
// only read the stage; managers may read the cost but not change it.
const visitForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Visits',
  fields: [
    { id: 'f_customer', type: 'text', label: 'Customer' },
    { id: 'f_stage', type: 'radio', label: 'Stage', options: [{ value: 'lead', label: 'Lead' }, { value: 'won', label: 'Won' }] },
    { id: 'f_cost', type: 'number', label: 'Cost', defaultValue: { kind: 'fixed', value: 100 } },
    { id: 'f_margin', type: 'formula', label: 'Margin', resultType: 'number', expression: { '*': [{ var: 'f_cost' }, 0.2] } },
    { id: 'f_region', type: 'text', label: 'Region', defaultValue: { kind: 'fixed', value: 'East' } },
    { id: 'f_partner', type: 'member', label: 'Partner' },
  ],
  settings: {
    access: {
      rows: { manager: 'all' },
      edit: { manager: 'visible' },
      fields: { member: { f_cost: 'hidden', f_stage: 'read', f_region: 'hidden', f_partner: 'hidden', f_customer: 'edit' }, manager: { f_cost: 'read' } },
    },
  },
};

let server: TestServer;
let admin: TestClient;
let rep: TestClient;
let manager: TestClient;
let formId: string;
let partnerId: string;
/** A rep's record, with every field filled in by the admin. */
let recordId: string;

const repHides = ['f_cost', 'f_margin', 'f_region', 'f_partner'];

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  rep = (await server.createUser({ role: 'member', name: 'Rita Rep' })).client;
  manager = (await server.createUser({ role: 'manager', name: 'Max Manager' })).client;
  partnerId = (await server.createUser({ role: 'member', name: 'Paula Partner' })).user.id;
  formId = await publishNewForm(admin, visitForm);
  const created = await rep.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_customer: 'ACME' } });
  expect(created.status).toBe(201);
  recordId = created.body.id;
  const filled = await admin.patch<RecordBody>(`/api/records/${recordId}`, { data: { f_stage: 'lead', f_cost: 500, f_partner: partnerId } });
  expect(filled.status).toBe(200);
});
afterAll(() => server.close());

const read = async (client: TestClient, id = recordId) => (await client.get<RecordBody>(`/api/records/${id}`)).body;

describe('reading records (settings.access.fields)', () => {
  it('leaves hidden fields, and formulas over them, out of a record for a rep; a manager reads what is read-only', async () => {
    expect(Object.keys((await read(rep)).data).sort()).toEqual(['f_customer', 'f_stage']);
    expect((await read(manager)).data).toMatchObject({ f_cost: 500, f_margin: 100, f_partner: partnerId, f_region: 'East' });
    expect((await read(admin)).data).toMatchObject({ f_cost: 500, f_margin: 100 });
  });

  it('leaves them out of list pages and of the names map', async () => {
    const repPage = await rep.get<PageBody & { names: { users: Record<string, string> } }>(`/api/forms/${formId}/records`);
    expect(repPage.body.items).toHaveLength(1);
    for (const id of repHides) expect(repPage.body.items[0]?.data).not.toHaveProperty(id);
    expect(Object.values(repPage.body.names.users)).not.toContain('Paula Partner');
    const managerPage = await manager.get<PageBody & { names: { users: Record<string, string> } }>(`/api/forms/${formId}/records`);
    expect(managerPage.body.items[0]?.data).toMatchObject({ f_cost: 500 });
    expect(managerPage.body.names.users[partnerId]).toBe('Paula Partner');
  });

  it("leaves a hidden field's changes out of the history, and entries that changed nothing else", async () => {
    const id = (await rep.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_customer: 'Globex' } })).body.id;
    await admin.patch(`/api/records/${id}`, { data: { f_cost: 700 } });
    await admin.patch(`/api/records/${id}`, { data: { f_cost: 800, f_customer: 'Globex Ltd' } });
    type History = { items: { version: number; changes: { fieldId: string }[] }[] };
    const changed = (body: History) => body.items.map((entry) => entry.changes.map((change) => change.fieldId).sort());
    expect(changed((await rep.get<History>(`/api/records/${id}/history`)).body)).toEqual([[], ['f_customer']]);
    expect(changed((await manager.get<History>(`/api/records/${id}/history`)).body)).toEqual([[], ['f_cost', 'f_margin'], ['f_cost', 'f_customer', 'f_margin']]);
  });
});

describe('exports and the import template', () => {
  const csvHeaders = async (client: TestClient, path: string) => parseCsv((await client.get<string>(`${path}${path.includes('?') ? '&' : '?'}lang=en`)).body)[0] ?? [];

  it('have no column for a hidden field (CSV and XLSX)', async () => {
    const repColumns = await csvHeaders(rep, `/api/forms/${formId}/export?format=csv`);
    expect(repColumns).toContain('Customer');
    for (const label of ['Cost', 'Margin', 'Region', 'Partner']) expect(repColumns).not.toContain(label);
    expect(await csvHeaders(manager, `/api/forms/${formId}/export`)).toEqual(expect.arrayContaining(['Cost', 'Margin', 'Partner']));
    const response = await fetch(`${server.url}/api/forms/${formId}/export?format=xlsx&lang=en`, { headers: { cookie: `formwork_session=${rep.sessionToken ?? ''}` } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const header = ((workbook.worksheets[0]?.getRow(1).values ?? []) as unknown[]).slice(1);
    expect(header).toContain('Customer');
    expect(header).not.toContain('Cost');
    // No cell holds the cost (500) or the margin (100) computed from it.
    const cells = (workbook.worksheets[0]?.getSheetValues() ?? []).flatMap((row) => (Array.isArray(row) ? (row as unknown[]) : []));
    expect(cells.filter((cell) => cell === 500 || cell === 100)).toEqual([]);
  });

  it('have no column in the import template for a field one may not change', async () => {
    const repTemplate = await csvHeaders(rep, `/api/forms/${formId}/import/template`);
    expect(repTemplate).toEqual(['Customer']);
    const managerTemplate = await csvHeaders(manager, `/api/forms/${formId}/import/template`);
    expect(managerTemplate).toContain('Stage');
    expect(managerTemplate).not.toContain('Cost');
  });

  it('ignore an imported column of a field the importer may not change; its default is still applied', async () => {
    const { body, contentType } = multipartBody({ name: 'visits.csv', type: 'text/csv', bytes: Buffer.from('Customer,Cost,Stage\r\nInitech,1,won\r\n', 'utf8') });
    const imported = await manager.post<{ imported: number; ignoredColumns: string[] }>(`/api/forms/${formId}/import`, undefined, {
      rawBody: body,
      headers: { 'content-type': contentType, 'x-requested-with': 'test' },
    });
    expect(imported.status).toBe(200);
    expect(imported.body.ignoredColumns).toEqual(['Cost']);
    const filter = encodeURIComponent(JSON.stringify({ field: 'f_customer', op: 'eq', value: 'Initech' }));
    const page = await admin.get<PageBody>(`/api/forms/${formId}/records?filter=${filter}`);
    expect(page.body.items[0]?.data).toMatchObject({ f_cost: 100, f_stage: 'won' });
  });
});

describe('queries on a hidden field', () => {
  const filterOn = (field: string, value: unknown) => encodeURIComponent(JSON.stringify({ field, op: 'gt', value }));

  it('treat it as unknown in filters, sorts, exports and aggregates (400), so no value can be probed', async () => {
    for (const path of [`/api/forms/${formId}/records?filter=${filterOn('f_cost', 100)}`, `/api/forms/${formId}/records?sort=f_cost:asc`, `/api/forms/${formId}/export?filter=${filterOn('f_margin', 0)}`]) {
      const refused = await rep.get<ErrorBody>(path);
      expect([path, refused.status, refused.body.error.code]).toEqual([path, 400, 'invalid_query']);
    }
    const sum = await rep.post<ErrorBody>(`/api/forms/${formId}/aggregate`, { measures: [{ op: 'sum', field: 'f_cost' }] });
    expect(sum.status).toBe(400);
    const grouped = await rep.post<ErrorBody>(`/api/forms/${formId}/aggregate`, { groupBy: [{ field: 'f_region' }], measures: [{ op: 'count' }] });
    expect(grouped.status).toBe(400);
  });

  it('let a role that may read the field query it', async () => {
    expect((await manager.get(`/api/forms/${formId}/records?filter=${filterOn('f_cost', 100)}&sort=f_cost:desc`)).status).toBe(200);
    const sum = await manager.post<{ rows: { values: Record<string, number> }[] }>(`/api/forms/${formId}/aggregate`, { measures: [{ op: 'sum', field: 'f_cost', id: 'cost' }] });
    expect(sum.status).toBe(200);
  });
});

describe('writing fields one may not change', () => {
  it('refuses a submit setting a hidden or read-only field with 403 naming it by label, in both languages', async () => {
    const hidden = await rep.post<ErrorBody>(`/api/forms/${formId}/records?lang=en`, { data: { f_customer: 'X', f_cost: 1 } });
    expect([hidden.status, hidden.body.error.code]).toEqual([403, 'field_read_only']);
    expect(hidden.body.error.message).toContain('"Cost"');
    const readOnly = await rep.post<ErrorBody>(`/api/forms/${formId}/records?lang=zh-CN`, { data: { f_customer: 'X', f_stage: 'won' } });
    expect([readOnly.status, readOnly.body.error.message]).toEqual([403, '您的角色不能修改字段“Stage”']);
  });

  it("computes hidden fields' defaults and formulas on a rep's submit, and answers without them", async () => {
    const created = await rep.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_customer: 'Umbrella', f_cost: 100, f_stage: null } });
    expect(created.status).toBe(201);
    expect(Object.keys(created.body.data)).toEqual(['f_customer']);
    expect((await read(admin, created.body.id)).data).toMatchObject({ f_cost: 100, f_margin: 20, f_region: 'East' });
  });

  it('refuses a change to a read-only or hidden field (403), takes unchanged values sent back, and keeps hidden values', async () => {
    const shown = await read(rep);
    const changed = await rep.patch<RecordBody>(`/api/records/${recordId}`, { data: { ...shown.data, f_customer: 'ACME Corp' } });
    expect(changed.status).toBe(200);
    expect(Object.keys(changed.body.data).sort()).toEqual(['f_customer', 'f_stage']);
    expect((await read(admin)).data).toMatchObject({ f_customer: 'ACME Corp', f_cost: 500, f_partner: partnerId, f_stage: 'lead' });
    const stage = await rep.patch<ErrorBody>(`/api/records/${recordId}?lang=en`, { data: { f_stage: 'won' } });
    expect([stage.status, stage.body.error.code, stage.body.error.message]).toEqual([403, 'field_read_only', 'Your role may not change the field "Stage"']);
    expect((await rep.patch<ErrorBody>(`/api/records/${recordId}`, { data: { f_stage: null } })).status).toBe(403);
    expect((await rep.patch<ErrorBody>(`/api/records/${recordId}`, { data: { f_cost: 1 } })).status).toBe(403);
    expect((await manager.patch<ErrorBody>(`/api/records/${recordId}`, { data: { f_cost: 1 } })).status).toBe(403);
    expect((await manager.patch<RecordBody>(`/api/records/${recordId}`, { data: { f_cost: 500, f_stage: 'won' } })).status).toBe(200);
    expect((await read(admin)).data).toMatchObject({ f_cost: 500, f_stage: 'won' });
  });

  it('refuses a batch change setting a field one may not change (403), as a rep and as a manager', async () => {
    const repBatch = await rep.post<ErrorBody>(`/api/forms/${formId}/records/batch`, { ids: [recordId], set: { f_stage: 'lead' } });
    expect([repBatch.status, repBatch.body.error.code]).toEqual([403, 'field_read_only']);
    const managerBatch = await manager.post<ErrorBody>(`/api/forms/${formId}/records/batch?lang=en`, { ids: [recordId], set: { f_cost: 9 } });
    expect([managerBatch.status, managerBatch.body.error.message]).toEqual([403, 'Your role may not change the field "Cost"']);
    expect((await manager.post(`/api/forms/${formId}/records/batch`, { ids: [recordId], set: { f_stage: 'lead' } })).status).toBe(200);
    expect((await read(admin)).data).toMatchObject({ f_cost: 500, f_stage: 'lead' });
  });
});
