import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import type { TestClient } from '../testing/TestClient.js';

let server: TestServer;
let admin: TestClient;
let member: { id: string; client: TestClient };

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  const created = await server.createUser({ username: 'role-member' });
  member = { id: created.user.id, client: created.client };
});
afterAll(() => server.close());

interface RoleBody {
  id: string;
  name: string;
  description: string;
  memberIds: string[];
}
interface Envelope {
  error: { code: string; message: string; details: { pointer: string; code: string }[] | null };
}

describe('organisation roles', () => {
  it('an admin creates, staffs, renames and deletes a role; everyone signed in reads them', async () => {
    const { user: alice } = await server.createUser({ username: 'role-alice' });
    const { user: bob } = await server.createUser({ username: 'role-bob' });
    const created = await admin.post<RoleBody>('/api/roles', { name: ' 财务 ', description: '合同会签', memberIds: [alice.id, alice.id] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '财务', description: '合同会签', memberIds: [alice.id] });
    expect(created.body.id).toMatch(/^rol_/);

    const changed = await admin.patch<RoleBody>(`/api/roles/${created.body.id}`, { name: '财务部', memberIds: [bob.id, alice.id] });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: '财务部', description: '合同会签' });
    expect([...changed.body.memberIds].sort()).toEqual([alice.id, bob.id].sort());

    const listed = await member.client.get<{ items: RoleBody[] }>('/api/roles');
    expect(listed.status).toBe(200);
    expect(listed.body.items.find((role) => role.id === created.body.id)?.name).toBe('财务部');

    expect((await admin.delete(`/api/roles/${created.body.id}`)).status).toBe(204);
    expect((await admin.delete(`/api/roles/${created.body.id}`)).status).toBe(404);
    expect((await admin.patch(`/api/roles/${created.body.id}`, { name: 'x' })).status).toBe(404);
    expect((await member.client.get<{ items: RoleBody[] }>('/api/roles')).body.items.some((role) => role.id === created.body.id)).toBe(false);
  });

  it('refuses members writing, a taken name (any case) and unknown members at their pointer, in the caller’s language', async () => {
    expect((await member.client.post('/api/roles', { name: 'Mine' })).status).toBe(403);
    const role = (await admin.post<RoleBody>('/api/roles', { name: 'Director' })).body;
    expect((await member.client.patch(`/api/roles/${role.id}`, { name: 'x' })).status).toBe(403);
    expect((await member.client.delete(`/api/roles/${role.id}`)).status).toBe(403);

    const taken = await admin.post<Envelope>('/api/roles?lang=en', { name: 'director' });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'role_name_taken', message: 'A role named "director" already exists' });
    const other = (await admin.post<RoleBody>('/api/roles', { name: 'HR' })).body;
    const renamed = await admin.patch<Envelope>(`/api/roles/${other.id}?lang=zh-CN`, { name: 'DIRECTOR' });
    expect(renamed.status).toBe(409);
    expect(renamed.body.error.message).toBe('已有名为“DIRECTOR”的角色');
    expect((await admin.patch(`/api/roles/${role.id}`, { name: 'Director', description: 'keeps its own name' })).status).toBe(200);

    const unknown = await admin.patch<Envelope>(`/api/roles/${role.id}`, { memberIds: [member.id, 'usr_nobody'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details?.[0]).toMatchObject({ pointer: '/memberIds/1', code: 'unknown_user' });
    expect((await admin.get<{ items: RoleBody[] }>('/api/roles')).body.items.find((found) => found.id === role.id)?.memberIds).toEqual([]);
    const empty = await admin.post<Envelope>('/api/roles', { name: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details?.[0]?.pointer).toBe('/name');
  });

  it('a workflow node naming a role gives its task to the role’s members — and to whoever holds it when the record arrives', async () => {
    const { user: finance, client: financeClient } = await server.createUser({ username: 'role-finance' });
    const { client: rep } = await server.createUser({ username: 'role-rep' });
    const role = (await admin.post<RoleBody>('/api/roles', { name: '会签财务', memberIds: [finance.id] })).body;
    const appId = (await admin.post<{ id: string }>('/api/apps', { name: 'Roles' })).body.id;
    const form: FormSchema = { kind: 'form', schemaVersion: 1, title: '合同', fields: [{ id: 'f_amount', type: 'number', label: '金额' }] };
    const formId = (await admin.post<{ id: string }>(`/api/apps/${appId}/forms`, { schema: form })).body.id;
    expect((await admin.post(`/api/forms/${formId}/publish`, {})).status).toBe(200);
    const flow = {
      kind: 'workflow',
      schemaVersion: 2,
      title: '会签',
      formId,
      nodes: [
        { id: 'n_start', type: 'start', name: '发起' },
        { id: 'n_finance', type: 'approval', name: '财务会签', mode: 'any', assignees: [{ kind: 'role', role: role.id }] },
        { id: 'n_end', type: 'end', name: '结束' },
      ],
      edges: [
        { id: 'e1', from: 'n_start', to: 'n_finance' },
        { id: 'e2', from: 'n_finance', to: 'n_end' },
      ],
    };
    expect((await admin.put(`/api/forms/${formId}/workflow`, { schema: flow })).status).toBe(200);
    expect((await admin.post(`/api/forms/${formId}/workflow/publish`, {})).status).toBe(200);

    const todo = async (client: TestClient) => (await client.get<{ items: { task: { id: string } | null }[] }>(`/api/tasks?box=todo&formId=${formId}`)).body.items;
    expect((await rep.post(`/api/forms/${formId}/records`, { data: { f_amount: 1 } })).status).toBe(201);
    expect(await todo(financeClient)).toHaveLength(1);
    expect(await todo(member.client)).toHaveLength(0);

    // Staffing changes apply to records that arrive afterwards.
    expect((await admin.patch(`/api/roles/${role.id}`, { memberIds: [member.id] })).status).toBe(200);
    expect((await rep.post(`/api/forms/${formId}/records`, { data: { f_amount: 2 } })).status).toBe(201);
    expect(await todo(member.client)).toHaveLength(1);
    expect(await todo(financeClient)).toHaveLength(1);
  });
});
