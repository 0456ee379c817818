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

describe('links a record already holds, edited by someone who cannot see their records', () => {
  // Orders everyone may see and change; customers each member sees only their own — as finance
  // approving a rep's payment cannot see the rep's contract and customer it links to.
  let sharedOrders: string;
  let bobOther: string;
  let orderId: string;

  beforeAll(async () => {
    sharedOrders = await publishNewForm(admin, { ...orderForm(customers), title: 'Shared orders', settings: { access: { rows: { member: 'all' }, edit: { member: 'visible' } } } });
    bobOther = (await bob.post<RecordBody>(`/api/forms/${customers}/records`, { data: { f_name: 'Other Co', f_city: 'Other City' } })).body.id;
    const order = await bob.post<RecordBody>(`/api/forms/${sharedOrders}/records`, {
      data: { f_customer: ids['bobCustomer'], f_lines: [{ _id: 'l1', f_line_customer: ids['bobCustomer'] }] },
    });
    expect(order.status).toBe(201);
    orderId = order.body.id;
  });

  it('keeps them, and their lookups, when another field changes', async () => {
    const edited = await alice.patch<RecordBody>(`/api/records/${orderId}`, { data: { f_sales: aliceId } });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({
      f_sales: aliceId,
      f_customer: ids['bobCustomer'],
      f_city: 'Secret City',
      f_lines: [{ _id: 'l1', f_line_customer: ids['bobCustomer'], f_line_city: 'Secret City' }],
    });
  });

  it('still refuses a link the editor adds or changes to a record they cannot see, in the top level and in a row', async () => {
    const changed = await alice.patch<ErrorBody>(`/api/records/${orderId}?lang=en`, { data: { f_customer: bobOther } });
    expect(changed.status).toBe(400);
    expect(detailsOf(changed.body).map((d) => d.pointer)).toEqual(['/data/f_customer']);
    const row = await alice.patch<ErrorBody>(`/api/records/${orderId}?lang=en`, { data: { f_lines: [{ _id: 'l1', f_line_customer: ids['bobCustomer'] }, { _id: 'l2', f_line_customer: bobOther }] } });
    expect(row.status).toBe(400);
    expect(detailsOf(row.body).map((d) => d.pointer)).toEqual(['/data/f_lines/1/f_line_customer']);
    expect(JSON.stringify(row.body)).not.toContain('Other City');
  });

  it('refuses a held link once its record is deleted', async () => {
    const doomed = (await bob.post<RecordBody>(`/api/forms/${customers}/records`, { data: { f_name: 'Doomed', f_city: 'X' } })).body.id;
    const order = (await bob.post<RecordBody>(`/api/forms/${sharedOrders}/records`, { data: { f_customer: doomed } })).body.id;
    expect((await bob.delete(`/api/records/${doomed}`)).status).toBe(204);
    const edited = await alice.patch<ErrorBody>(`/api/records/${order}?lang=en`, { data: { f_sales: aliceId } });
    expect(edited.status).toBe(400);
    expect(detailsOf(edited.body).map((d) => d.pointer)).toEqual(['/data/f_customer']);
  });
});
