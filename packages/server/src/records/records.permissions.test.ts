import type { FormAccess, FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { multipartBody } from '../files/testing/multipartBody.js';
import { publishNewForm, type PageBody, type RecordBody } from './testing/publishForm.js';

let server: TestServer;
let admin: TestClient;
const clients: Record<string, TestClient> = {};
const userIds: Record<string, string> = {};

const formOf = (access?: FormAccess): FormSchema => ({
  kind: 'form',
  schemaVersion: 1,
  title: 'Visits',
  fields: [
    { id: 'f_note', type: 'text', label: 'Note' },
    { id: 'f_amount', type: 'number', label: 'Amount' },
  ],
  ...(access ? { settings: { access } } : {}),
});

/** Who submitted which record, per form. */
const made: Record<string, Record<string, string[]>> = {};

async function seed(formId: string): Promise<void> {
  made[formId] = {};
  for (const name of ['eastRep', 'eastRep2', 'westRep', 'eastBoss']) {
    const response = await (clients[name] as TestClient).post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_note: `by ${name}`, f_amount: 10 } });
    if (response.status !== 201) throw new Error(`${name}: ${response.status}`);
    (made[formId] as Record<string, string[]>)[name] = [response.body.id];
  }
}

function recordsBy(formId: string, names: readonly string[]): string[] {
  return names.flatMap((name) => made[formId]?.[name] ?? []).sort();
}

async function visible(client: TestClient, formId: string): Promise<{ ids: string[]; total: number; count: number }> {
  const page = await client.get<PageBody>(`/api/forms/${formId}/records?limit=500`);
  expect(page.status).toBe(200);
  const aggregate = await client.post<{ rows: { values: { count: number } }[] }>(`/api/forms/${formId}/aggregate`, { measures: [{ op: 'count' }] });
  expect(aggregate.status).toBe(200);
  return { ids: page.body.items.map((r) => r.id).sort(), total: page.body.total, count: aggregate.body.rows[0]?.values.count ?? -1 };
}

let defaultForm: string;
let departmentForm: string;
let allForm: string;
let closedForm: string;
let teamEditForm: string;
let readOnlyForm: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  const department = async (name: string, parentId?: string) => (await admin.post<{ id: string }>('/api/departments', { name, ...(parentId ? { parentId } : {}) })).body.id;
  const sales = await department('Sales');
  const east = await department('East', sales);
  const west = await department('West', sales);
  const people: [string, 'member' | 'manager', string][] = [
    ['eastRep', 'member', east],
    ['eastRep2', 'member', east],
    ['westRep', 'member', west],
    ['eastBoss', 'manager', east],
    ['salesHead', 'manager', sales],
  ];
  for (const [name, role, departmentId] of people) {
    const created = await server.createUser({ username: name, role, departmentId });
    clients[name] = created.client;
    userIds[name] = created.user.id;
  }
  const app = (await admin.post<{ id: string }>('/api/apps', { name: 'Field sales' })).body.id;
  defaultForm = await publishNewForm(admin, formOf(), app);
  departmentForm = await publishNewForm(admin, formOf({ rows: { member: 'department' } }), app);
  allForm = await publishNewForm(admin, formOf({ rows: { member: 'all', manager: 'own' } }), app);
  closedForm = await publishNewForm(admin, formOf({ submit: { roles: ['manager'] } }), app);
  teamEditForm = await publishNewForm(admin, formOf({ edit: { manager: 'visible' } }), app);
  readOnlyForm = await publishNewForm(admin, formOf({ edit: { member: 'none' } }), app);
  for (const formId of [defaultForm, departmentForm, allForm, teamEditForm, readOnlyForm]) await seed(formId);
});
afterAll(() => server.close());

describe('row scopes: list, count and aggregate agree', () => {
  it('members see their own records by default', async () => {
    const seen = await visible(clients['eastRep'] as TestClient, defaultForm);
    expect(seen.ids).toEqual(recordsBy(defaultForm, ['eastRep']));
    expect(seen.total).toBe(1);
    expect(seen.count).toBe(1);
  });

  it("managers see their department's records, sub-departments included", async () => {
    const boss = await visible(clients['eastBoss'] as TestClient, defaultForm);
    expect(boss.ids).toEqual(recordsBy(defaultForm, ['eastRep', 'eastRep2', 'eastBoss']));
    expect(boss.count).toBe(3);
    const head = await visible(clients['salesHead'] as TestClient, defaultForm);
    expect(head.ids).toEqual(recordsBy(defaultForm, ['eastRep', 'eastRep2', 'westRep', 'eastBoss']));
  });

  it('admins see everything', async () => {
    const seen = await visible(admin, defaultForm);
    expect(seen.total).toBe(4);
    expect(seen.count).toBe(4);
  });

  it('follows the form: members may get their department, managers only their own', async () => {
    expect((await visible(clients['eastRep'] as TestClient, departmentForm)).ids).toEqual(recordsBy(departmentForm, ['eastRep', 'eastRep2', 'eastBoss']));
    expect((await visible(clients['westRep'] as TestClient, allForm)).count).toBe(4);
    expect((await visible(clients['eastBoss'] as TestClient, allForm)).ids).toEqual(recordsBy(allForm, ['eastBoss']));
  });
});

describe('single records outside the scope are 404, never 403', () => {
  it('for reading, history, changing and deleting', async () => {
    const theirs = made[defaultForm]?.['eastRep2']?.[0] as string;
    const rep = clients['eastRep'] as TestClient;
    expect((await rep.get(`/api/records/${theirs}`)).status).toBe(404);
    expect((await rep.get(`/api/records/${theirs}/history`)).status).toBe(404);
    expect((await rep.patch(`/api/records/${theirs}`, { data: { f_note: 'mine now' } })).status).toBe(404);
    expect((await rep.delete(`/api/records/${theirs}`)).status).toBe(404);
    expect((await rep.post(`/api/records/${theirs}/restore`, {})).status).toBe(404);
    expect((await (clients['eastBoss'] as TestClient).get(`/api/records/${theirs}`)).status).toBe(200);
    expect((await (clients['westRep'] as TestClient).get(`/api/records/${theirs}`)).status).toBe(404);
    expect((await admin.get<RecordBody>(`/api/records/${theirs}`)).body.data['f_note']).toBe('by eastRep2');
  });

  it('for a filter that tries to reach other owners', async () => {
    const rep = clients['eastRep'] as TestClient;
    const filter = encodeURIComponent(JSON.stringify({ field: '_owner', op: 'eq', value: userIds['eastRep2'] }));
    const page = await rep.get<PageBody>(`/api/forms/${defaultForm}/records?filter=${filter}`);
    expect(page.body.items).toEqual([]);
  });
});

describe('who may submit', () => {
  it('is 403 for someone who reads the form but may not submit, 404 for someone who may not read it', async () => {
    // Managers may submit; members may not and see only their own rows, so the form is hidden from them.
    expect((await (clients['eastRep'] as TestClient).post(`/api/forms/${closedForm}/records`, { data: { f_note: 'x' } })).status).toBe(404);
    expect((await (clients['eastRep'] as TestClient).get(`/api/forms/${closedForm}/records`)).status).toBe(404);
    expect((await (clients['eastBoss'] as TestClient).post(`/api/forms/${closedForm}/records`, { data: { f_note: 'x' } })).status).toBe(201);
    const readOnly = await publishNewForm(admin, formOf({ submit: { roles: ['manager'] }, rows: { member: 'all' } }));
    expect((await (clients['eastRep'] as TestClient).post(`/api/forms/${readOnly}/records`, { data: { f_note: 'x' } })).status).toBe(403);
    expect((await (clients['eastRep'] as TestClient).get(`/api/forms/${readOnly}/records`)).status).toBe(200);
  });

  it('stores the owner department at submit time, so moving a user later does not move their records', async () => {
    const rep = clients['westRep'] as TestClient;
    const record = (await rep.post<RecordBody>(`/api/forms/${defaultForm}/records`, { data: { f_note: 'before the move' } })).body;
    const stored = await server.sqlValue('SELECT owner_department_id FROM records WHERE id = ?', record.id);
    const user = await server.context.stores.users.findById(userIds['westRep'] as string);
    expect(stored).toBe(user?.departmentId);
    expect(record.ownerDepartmentId).toBe(user?.departmentId);
  });
});

describe('import, export and aggregate follow the same rules', () => {
  const importCsv = (client: TestClient, formId: string) => {
    const { body, contentType } = multipartBody({ name: 'rows.csv', type: 'text/csv', bytes: Buffer.from('Note\r\nimported\r\n') });
    return client.post(`/api/forms/${formId}/import`, undefined, { rawBody: body, headers: { 'content-type': contentType, 'x-requested-with': 'test' } });
  };

  it('hides a form the caller may not read from all of them (404)', async () => {
    const rep = clients['eastRep'] as TestClient;
    expect((await importCsv(rep, closedForm)).status).toBe(404);
    expect((await rep.get(`/api/forms/${closedForm}/export`)).status).toBe(404);
    expect((await rep.post(`/api/forms/${closedForm}/aggregate`, { measures: [{ op: 'count' }] })).status).toBe(404);
  });

  it('lets a reader export but not import (403)', async () => {
    const readOnly = await publishNewForm(admin, formOf({ submit: { roles: ['manager'] }, rows: { member: 'all' } }));
    const rep = clients['eastRep'] as TestClient;
    expect((await importCsv(rep, readOnly)).status).toBe(403);
    expect((await rep.get(`/api/forms/${readOnly}/export`)).status).toBe(200);
    expect((await importCsv(clients['eastBoss'] as TestClient, readOnly)).status).toBe(200);
  });

  it('gives imported records to the importer: other members do not see them', async () => {
    // Reps import only where the form lets them (settings.access.import; default managers and admins).
    const formId = await publishNewForm(admin, formOf({ import: { roles: ['member'] } }));
    expect((await importCsv(clients['eastRep'] as TestClient, formId)).status).toBe(200);
    expect((await (clients['eastRep'] as TestClient).get<PageBody>(`/api/forms/${formId}/records`)).body.total).toBe(1);
    expect((await (clients['westRep'] as TestClient).get<PageBody>(`/api/forms/${formId}/records`)).body.total).toBe(0);
    expect((await (clients['eastBoss'] as TestClient).get<PageBody>(`/api/forms/${formId}/records`)).body.total).toBe(1);
  });

  it('lets only the owner or an admin restore a record', async () => {
    const record = (await (clients['eastRep'] as TestClient).post<RecordBody>(`/api/forms/${allForm}/records`, { data: { f_note: 'to restore' } })).body;
    await (clients['eastRep'] as TestClient).delete(`/api/records/${record.id}`);
    expect((await (clients['westRep'] as TestClient).post(`/api/records/${record.id}/restore`, {})).status).toBe(404);
    expect((await admin.post(`/api/records/${record.id}/restore`, {})).status).toBe(200);
  });
});

describe('who may change records (settings.access.edit)', () => {
  const recordOf = (formId: string, name: string): string => made[formId]?.[name]?.[0] ?? '';
  const canEdit = async (client: TestClient, recordId: string) => (await client.get<RecordBody & { canEdit: boolean }>(`/api/records/${recordId}`)).body.canEdit;

  it('by default lets members and managers change their own records only, and says so on each record', async () => {
    const boss = clients['eastBoss'] as TestClient;
    const repRecord = recordOf(defaultForm, 'eastRep');
    expect(await canEdit(boss, repRecord)).toBe(false);
    expect((await boss.patch(`/api/records/${repRecord}`, { data: { f_amount: 11 } })).status).toBe(403);
    expect((await boss.delete(`/api/records/${repRecord}`)).status).toBe(403);
    expect(await canEdit(clients['eastRep'] as TestClient, repRecord)).toBe(true);
    expect(await canEdit(admin, repRecord)).toBe(true);
  });

  it("lets a manager with 'visible' change, delete and restore the team's records, and nobody else's", async () => {
    const boss = clients['eastBoss'] as TestClient;
    const repRecord = recordOf(teamEditForm, 'eastRep');
    expect(await canEdit(boss, repRecord)).toBe(true);
    const changed = await boss.patch<RecordBody & { canEdit: boolean }>(`/api/records/${repRecord}`, { data: { f_amount: 12 } });
    expect([changed.status, changed.body.data['f_amount'], changed.body.canEdit]).toEqual([200, 12, true]);
    expect((await boss.delete(`/api/records/${repRecord}`)).status).toBe(204);
    // The trash shows the team's deleted rows to whoever may restore them.
    const trash = await boss.get<PageBody>(`/api/forms/${teamEditForm}/records?deleted=true`);
    expect(trash.body.items.map((record) => record.id)).toEqual([repRecord]);
    expect((await boss.post(`/api/records/${repRecord}/restore`, {})).status).toBe(200);
    // West is not the east manager's team: not even visible.
    expect((await boss.patch(`/api/records/${recordOf(teamEditForm, 'westRep')}`, { data: { f_amount: 1 } })).status).toBe(404);
    // Members keep the default: their own only.
    expect((await (clients['eastRep2'] as TestClient).patch(`/api/records/${repRecord}`, { data: { f_amount: 1 } })).status).toBe(404);
  });

  it("keeps members from changing even their own records with 'none', while they still submit and read them", async () => {
    const rep = clients['eastRep'] as TestClient;
    const own = recordOf(readOnlyForm, 'eastRep');
    expect(await canEdit(rep, own)).toBe(false);
    expect((await rep.patch(`/api/records/${own}`, { data: { f_amount: 1 } })).status).toBe(403);
    expect((await rep.delete(`/api/records/${own}`)).status).toBe(403);
    const submitted = await rep.post<RecordBody & { canEdit: boolean }>(`/api/forms/${readOnlyForm}/records`, { data: { f_note: 'again' } });
    expect([submitted.status, submitted.body.canEdit]).toEqual([201, false]);
    expect(await canEdit(admin, own)).toBe(true);
  });
});
