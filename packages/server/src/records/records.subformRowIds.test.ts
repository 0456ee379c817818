import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { publishNewForm, type RecordBody } from './testing/publishForm.js';

let server: TestServer;
let admin: TestClient;
let formId: string;

const visitForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '客户拜访记录',
  fields: [
    { id: 'f_customer', type: 'text', label: '客户', required: true },
    {
      id: 'f_items',
      type: 'subform',
      label: '产品明细',
      fields: [
        { id: 'f_product', type: 'text', label: '产品' },
        { id: 'f_qty', type: 'number', label: '数量' },
      ],
    },
  ],
};

// The renderer names rows with RFC 4122 v4 ids; the server's own follow the same format.
const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  formId = await publishNewForm(admin, visitForm);
});
afterAll(() => server.close());

describe('subform rows sent without _id (as curl sends them)', () => {
  it('get an id from the server on a submit, and rows that bring one keep it', async () => {
    const response = await admin.post<RecordBody>(`/api/forms/${formId}/records`, {
      data: { f_customer: 'ACME', f_items: [{ f_product: 'A', f_qty: 2 }, { _id: 'mine-1', f_product: 'B', f_qty: 3 }, { f_product: 'C' }] },
    });
    expect(response.status).toBe(201);
    const rows = response.body.data['f_items'] as { _id: string; f_product: string }[];
    expect(rows.map((row) => row.f_product)).toEqual(['A', 'B', 'C']);
    expect(rows[0]?._id).toMatch(uuidV4);
    expect(rows[1]?._id).toBe('mine-1');
    expect(rows[2]?._id).toMatch(uuidV4);
    expect(rows[0]?._id).not.toBe(rows[2]?._id);
    const stored = await admin.get<RecordBody>(`/api/records/${response.body.id}`);
    expect(stored.body.data['f_items']).toEqual(rows);
  });

  it('get an id on an update too, while the rows already stored keep theirs', async () => {
    const created = await admin.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_customer: 'Beta', f_items: [{ _id: 'kept', f_product: 'A' }] } });
    const updated = await admin.patch<RecordBody>(`/api/records/${created.body.id}`, { data: { f_items: [{ _id: 'kept', f_product: 'A' }, { f_product: 'New' }] } });
    expect(updated.status).toBe(200);
    const rows = updated.body.data['f_items'] as { _id: string }[];
    expect(rows[0]?._id).toBe('kept');
    expect(rows[1]?._id).toMatch(uuidV4);
  });

  it('still refuses a row id that is not one (the server assigns only missing ids)', async () => {
    const response = await admin.post(`/api/forms/${formId}/records`, { data: { f_customer: 'Gamma', f_items: [{ _id: 'bad id!', f_product: 'A' }] } });
    expect(response.status).toBe(400);
  });
});
