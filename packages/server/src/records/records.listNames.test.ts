import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { publishNewForm, type PageBody } from './testing/publishForm.js';

let server: TestServer;
let admin: TestClient;

const visitForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Visits',
  fields: [
    { id: 'f_rep', type: 'member', label: 'Rep' },
    { id: 'f_team', type: 'departments', label: 'Teams' },
    { id: 'f_items', type: 'subform', label: 'Items', fields: [{ id: 'f_helper', type: 'member', label: 'Helper' }] },
  ],
};

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
});
afterAll(() => server.close());

describe('the list names the people and departments its records refer to', () => {
  it('sends names for member and department values, subform cells and the creator — disabled users too', async () => {
    const east = (await admin.post<{ id: string }>('/api/departments', { name: '华东区' })).body;
    const { user: rep } = await server.createUser({ role: 'member', name: '李四', departmentId: east.id });
    const { user: helper } = await server.createUser({ role: 'member', name: '王五' });
    const formId = await publishNewForm(admin, visitForm);
    const created = await admin.post(`/api/forms/${formId}/records`, { data: { f_rep: rep.id, f_team: [east.id], f_items: [{ f_helper: helper.id }] } });
    expect(created.status).toBe(201);
    // A disabled user is out of the directory a rep may read, but a record still names them.
    expect((await admin.patch(`/api/users/${helper.id}`, { disabled: true })).status).toBe(200);

    const page = await admin.get<PageBody & { names: { users: Record<string, string>; departments: Record<string, string> } }>(`/api/forms/${formId}/records`);
    expect(page.status).toBe(200);
    expect(page.body.names.users).toMatchObject({ [rep.id]: '李四', [helper.id]: '王五' });
    expect(page.body.names.users[page.body.items[0]?.creatorId ?? '']).toBeTypeOf('string');
    expect(page.body.names.departments).toEqual({ [east.id]: '华东区' });
  });
});
