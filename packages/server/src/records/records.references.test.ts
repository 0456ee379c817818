import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { detailsOf, publishNewForm, type ErrorBody, type RecordBody } from './testing/publishForm.js';

let server: TestServer;
let admin: TestClient;
let alice: TestClient;
let aliceId: string;
let bob: TestClient;
let customers: string;
let orders: string;
let departmentId: string;

const customerForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Customers',
  fields: [
    { id: 'f_name', type: 'text', label: 'Name' },
    { id: 'f_city', type: 'text', label: 'City' },
  ],
};

const orderForm = (customersId: string): FormSchema => ({
  kind: 'form',
  schemaVersion: 1,
  title: 'Orders',
  fields: [
    { id: 'f_customer', type: 'link', label: 'Customer', formId: customersId, displayField: 'f_name' },
    { id: 'f_city', type: 'lookup', label: 'City', linkField: 'f_customer', sourceField: 'f_city' },
    { id: 'f_sales', type: 'member', label: 'Sales' },
    { id: 'f_team', type: 'department', label: 'Team' },
    {
      id: 'f_lines',
      type: 'subform',
      label: 'Lines',
      fields: [
        { id: 'f_line_customer', type: 'link', label: 'Ship to', formId: customersId, displayField: 'f_name' },
        { id: 'f_line_city', type: 'lookup', label: 'Ship city', linkField: 'f_line_customer', sourceField: 'f_city' },
      ],
    },
  ],
});

const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  departmentId = (await admin.post<{ id: string }>('/api/departments', { name: 'Sales' })).body.id;
  const a = await server.createUser({ username: 'alice' });
  alice = a.client;
  aliceId = a.user.id;
  bob = (await server.createUser({ username: 'bob' })).client;
  customers = await publishNewForm(admin, customerForm);
  orders = await publishNewForm(admin, orderForm(customers));
  ids['aliceCustomer'] = (await alice.post<RecordBody>(`/api/forms/${customers}/records`, { data: { f_name: 'Acme', f_city: 'Shanghai' } })).body.id;
  ids['bobCustomer'] = (await bob.post<RecordBody>(`/api/forms/${customers}/records`, { data: { f_name: 'Secret Co', f_city: 'Secret City' } })).body.id;
  ids['deletedCustomer'] = (await alice.post<RecordBody>(`/api/forms/${customers}/records`, { data: { f_name: 'Gone', f_city: 'Nowhere' } })).body.id;
  await alice.delete(`/api/records/${ids['deletedCustomer']}`);
});
afterAll(() => server.close());

describe('links and lookups', () => {
  it('fills a lookup from the linked record, at the top level and in subform rows', async () => {
    const response = await alice.post<RecordBody>(`/api/forms/${orders}/records`, {
      data: { f_customer: ids['aliceCustomer'], f_city: 'forged', f_lines: [{ _id: 'l1', f_line_customer: ids['aliceCustomer'] }] },
    });
    expect(response.status).toBe(201);
    expect(response.body.data['f_city']).toBe('Shanghai');
    expect(response.body.data['f_lines']).toEqual([{ _id: 'l1', f_line_customer: ids['aliceCustomer'], f_line_city: 'Shanghai' }]);
  });

  it("refuses a link to a record the user may not see, and never copies its values", async () => {
    const response = await alice.post<ErrorBody>(`/api/forms/${orders}/records?lang=en`, {
      data: { f_customer: ids['bobCustomer'], f_lines: [{ _id: 'l1', f_line_customer: ids['bobCustomer'] }] },
    });
    expect(response.status).toBe(400);
    expect(detailsOf(response.body).map((d) => [d.fieldId, d.pointer, d.code])).toEqual([
      ['f_customer', '/data/f_customer', 'reference'],
      ['f_line_customer', '/data/f_lines/0/f_line_customer', 'reference'],
    ]);
    expect(JSON.stringify(response.body)).not.toContain('Secret City');
  });

  it('refuses links to deleted records and to records of another form', async () => {
    const order = (await alice.post<RecordBody>(`/api/forms/${orders}/records`, { data: {} })).body.id;
    for (const target of [ids['deletedCustomer'], order, 'rec_does_not_exist']) {
      expect((await alice.post(`/api/forms/${orders}/records`, { data: { f_customer: target } })).status).toBe(400);
    }
  });

  it('follows a changed link on update', async () => {
    const other = (await alice.post<RecordBody>(`/api/forms/${customers}/records`, { data: { f_name: 'Beta', f_city: 'Hangzhou' } })).body.id;
    const order = (await alice.post<RecordBody>(`/api/forms/${orders}/records`, { data: { f_customer: ids['aliceCustomer'] } })).body;
    const changed = await alice.patch<RecordBody>(`/api/records/${order.id}`, { data: { f_customer: other } });
    expect(changed.body.data['f_city']).toBe('Hangzhou');
    const cleared = await alice.patch<RecordBody>(`/api/records/${order.id}`, { data: { f_customer: null } });
    expect(cleared.body.data).not.toHaveProperty('f_city');
  });
});

describe('members and departments', () => {
  it('accept existing ones and refuse unknown ids', async () => {
    const ok = await alice.post<RecordBody>(`/api/forms/${orders}/records`, { data: { f_sales: aliceId, f_team: departmentId } });
    expect(ok.status).toBe(201);
    const bad = await alice.post<ErrorBody>(`/api/forms/${orders}/records`, { data: { f_sales: 'usr_ghost', f_team: 'dep_ghost' } });
    expect(bad.status).toBe(400);
    expect(detailsOf(bad.body).map((d) => d.fieldId).sort()).toEqual(['f_sales', 'f_team']);
  });
});
