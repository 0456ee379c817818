import type { FieldDefinition, FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { publishNewForm, republish, type PageBody, type RecordBody } from './testing/publishForm.js';

let server: TestServer;
let admin: TestClient;

const v1Fields: FieldDefinition[] = [
  { id: 'f_name', type: 'text', label: 'Name' },
  { id: 'f_amount', type: 'text', label: 'Amount' },
  { id: 'f_region', type: 'select', label: 'Region', options: [{ value: 'east', label: '华东' }, { value: 'west', label: '华西' }] },
  { id: 'f_tags', type: 'checkbox', label: 'Tags', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
  { id: 'f_when', type: 'date', label: 'When' },
];
const form = (fields: FieldDefinition[]): FormSchema => ({ kind: 'form', schemaVersion: 1, title: 'Conversions', fields });

interface PublishBody {
  version: number;
  reports: { records?: { converted: number; unconverted: { recordId: string; fieldId: string; pointer: string; value: unknown }[]; unconvertedCount: number } };
}

let formId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  formId = await publishNewForm(admin, form(v1Fields));
  const seeds: Record<string, Record<string, unknown>> = {
    numeric: { f_name: 'numeric', f_amount: '12.5', f_region: 'east', f_tags: ['a'], f_when: '2025-01-06' },
    words: { f_name: 'words', f_amount: 'about ten', f_tags: ['a', 'b'] },
    empty: { f_name: 'empty' },
  };
  for (const [key, data] of Object.entries(seeds)) {
    const response = await admin.post<RecordBody>(`/api/forms/${formId}/records`, { data });
    ids[key] = response.body.id;
  }
  await admin.delete(`/api/records/${ids['empty'] ?? ''}`);
});
afterAll(() => server.close());

describe('publishing a version that changes field types', () => {
  let published: PublishBody;
  beforeAll(async () => {
    const v2: FieldDefinition[] = [
      { id: 'f_amount', type: 'number', label: 'Amount' },
      { id: 'f_region', type: 'text', label: 'Region' },
      { id: 'f_tags', type: 'radio', label: 'Tag', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
      { id: 'f_when', type: 'datetime', label: 'When' },
    ];
    published = await republish<PublishBody>(admin, formId, form(v2));
  });

  it('converts what it can, and reports per record what it could not (kept as it was)', async () => {
    const report = published.reports.records;
    expect(report?.converted).toBe(1);
    expect(report?.unconvertedCount).toBe(2);
    expect(report?.unconverted).toEqual(
      expect.arrayContaining([
        { recordId: ids['words'], fieldId: 'f_amount', pointer: '/f_amount', value: 'about ten' },
        { recordId: ids['words'], fieldId: 'f_tags', pointer: '/f_tags', value: ['a', 'b'] },
      ]),
    );
    const numeric = (await admin.get<RecordBody>(`/api/records/${ids['numeric'] ?? ''}`)).body;
    expect(numeric.data).toEqual({ f_name: 'numeric', f_amount: 12.5, f_region: '华东', f_tags: 'a', f_when: '2025-01-06T00:00:00+08:00' });
    expect(numeric.version).toBe(2);
    const words = (await admin.get<RecordBody>(`/api/records/${ids['words'] ?? ''}`)).body;
    expect(words.data).toEqual({ f_name: 'words', f_amount: 'about ten', f_tags: ['a', 'b'] });
    expect(words.version).toBe(1);
  });

  it('writes convert entries into the history, unconverted values flagged', async () => {
    const numeric = await admin.get<{ items: { action: string; version: number; changes: unknown[] }[] }>(`/api/records/${ids['numeric'] ?? ''}/history`);
    expect(numeric.body.items.at(-1)).toMatchObject({ action: 'convert', version: 2 });
    expect(numeric.body.items.at(-1)?.changes).toContainEqual({ fieldId: 'f_amount', from: '12.5', to: 12.5 });
    const words = await admin.get<{ items: { action: string; changes: unknown[] }[] }>(`/api/records/${ids['words'] ?? ''}/history`);
    expect(words.body.items.at(-1)?.changes).toContainEqual({ fieldId: 'f_amount', from: 'about ten', to: 'about ten', unconverted: true });
  });

  it('keeps the values of the removed field readable and filterable, and converts deleted records too', async () => {
    const filter = encodeURIComponent(JSON.stringify({ field: 'f_name', op: 'eq', value: 'numeric' }));
    const page = await admin.get<PageBody>(`/api/forms/${formId}/records?filter=${filter}`);
    expect(page.body.items.map((r) => r.id)).toEqual([ids['numeric']]);
    const deleted = (await admin.get<RecordBody>(`/api/records/${ids['empty'] ?? ''}`)).body;
    expect(deleted.data).toEqual({ f_name: 'empty' });
  });

  it('filters converted values by their new type', async () => {
    const filter = encodeURIComponent(JSON.stringify({ field: 'f_amount', op: 'gt', value: 10 }));
    const page = await admin.get<PageBody>(`/api/forms/${formId}/records?filter=${filter}`);
    expect(page.body.items.map((r) => r.id)).toEqual([ids['numeric']]);
    const sum = await admin.post<{ rows: { values: Record<string, number> }[] }>(`/api/forms/${formId}/aggregate`, { measures: [{ op: 'sum', field: 'f_amount' }] });
    expect(sum.body.rows[0]?.values['sum_f_amount']).toBe(12.5);
  });

  it('keeps a removed field’s value when the record is edited under the new version', async () => {
    const response = await admin.patch<RecordBody>(`/api/records/${ids['numeric'] ?? ''}`, { data: { f_amount: 13 } });
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ f_name: 'numeric', f_amount: 13 });
    expect(response.body.formVersion).toBe(2);
  });

  it('refuses a removed field’s key in new data', async () => {
    const response = await admin.post(`/api/forms/${formId}/records`, { data: { f_name: 'stale client' } });
    expect(response.status).toBe(400);
  });
});
