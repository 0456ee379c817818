import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody, pngBytes } from '../files/testing/multipartBody.js';
import type { RecordBody } from '../records/testing/publishForm.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import type { TestClient } from '../testing/TestClient.js';

interface FlowBody {
  state: string;
  nodes: { id: string; name: string }[];
  assignees: string[];
}
type RecordWithFlow = RecordBody & { data: Record<string, unknown>; canEdit: boolean; flow: FlowBody | null };
interface PageBody {
  items: RecordWithFlow[];
  total: number;
}
interface HistoryBody {
  items: { changes: { fieldId: string }[] }[];
}
interface InboxBody {
  items: { task: { id: string } | null; flow: { recordId: string } }[];
}
interface FileRefBody {
  fileId: string;
}

let server: TestServer;
let formId: string;
const people: Record<'rep' | 'manager' | 'finance' | 'stranger', { id: string; client: TestClient }> = {} as never;
/** Submitted before the workflow was published: it never ran through a flow. */
let recordWithoutFlow: string;

// Members read their own rows only (the default scope): the manager and finance see none of the rep's.
const form: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '报销',
  fields: [
    { id: 'f_title', type: 'text', label: '标题', required: true },
    { id: 'f_cost', type: 'number', label: '成本' },
    { id: 'f_receipt', type: 'image', label: '发票' },
    { id: 'f_private', type: 'image', label: '内部附件' },
  ],
};

beforeAll(async () => {
  server = await startTestServer();
  const admin = await server.loginAsAdmin();
  for (const name of ['rep', 'manager', 'finance', 'stranger'] as const) {
    const created = await server.createUser({ username: `pr_${name}` });
    people[name] = { id: created.user.id, client: created.client };
  }
  const appId = (await admin.post<{ id: string }>('/api/apps', { name: '报销' })).body.id;
  formId = (await admin.post<{ id: string }>(`/api/apps/${appId}/forms`, { schema: form })).body.id;
  expect((await admin.post(`/api/forms/${formId}/publish`, {})).status).toBe(200);
  recordWithoutFlow = await submit({ f_title: '无流程' });
  const schema = {
    kind: 'workflow',
    schemaVersion: 2,
    title: '报销审批',
    formId,
    nodes: [
      { id: 'n_start', type: 'start', name: '发起' },
      { id: 'n_manager', type: 'approval', name: '经理审批', mode: 'any', assignees: [{ kind: 'member', userId: people.manager.id }], fieldPermissions: { f_cost: 'hidden', f_private: 'hidden' } },
      { id: 'n_cc', type: 'cc', name: '抄送财务', recipients: [{ kind: 'member', userId: people.finance.id }] },
      { id: 'n_end', type: 'end', name: '结束' },
    ],
    edges: [
      { id: 'e1', from: 'n_start', to: 'n_manager' },
      { id: 'e2', from: 'n_manager', to: 'n_cc' },
      { id: 'e3', from: 'n_cc', to: 'n_end' },
    ],
  };
  const { documents } = server.context.stores;
  const document = await documents.create({ id: 'wfl_expense', kind: 'workflow', appId, formId, draft: schema as never, createdBy: null, createdAt: server.clock.now() });
  await documents.publish(document.id, { draftRevision: 1, schema: schema as never, publishedAt: server.clock.now(), publishedBy: null });
});
afterAll(() => server.close());

async function submit(data: Record<string, unknown>): Promise<string> {
  const created = await people.rep.client.post<RecordBody>(`/api/forms/${formId}/records`, { data });
  expect(created.status).toBe(201);
  return created.body.id;
}

async function upload(client: TestClient, name: string): Promise<FileRefBody> {
  const { body, contentType } = multipartBody({ name, type: 'image/png', bytes: pngBytes(120) });
  const uploaded = await client.post<FileRefBody>('/api/files', undefined, { rawBody: body, headers: { 'content-type': contentType, 'x-requested-with': 'test' } });
  expect(uploaded.status).toBe(201);
  return uploaded.body;
}

async function taskOf(client: TestClient, recordId: string, box: 'todo' | 'cc'): Promise<string> {
  const items = (await client.get<InboxBody>(`/api/tasks?box=${box}&formId=${formId}&limit=200`)).body.items.filter((item) => item.flow.recordId === recordId);
  expect(items).toHaveLength(1);
  return items[0]?.task?.id ?? '';
}

describe('reading a record through its flow', () => {
  let recordId: string;
  let receipt: FileRefBody;
  let privateFile: FileRefBody;

  beforeAll(async () => {
    receipt = await upload(people.rep.client, 'receipt.png');
    privateFile = await upload(people.rep.client, 'private.png');
    recordId = await submit({ f_title: '差旅', f_cost: 880, f_receipt: [receipt], f_private: [privateFile] });
    const changed = await people.rep.client.patch<RecordBody>(`/api/records/${recordId}`, { data: { f_cost: 900 } }, { headers: { 'if-match': '"1"' } });
    expect(changed.status).toBe(200);
  });

  it('lets the assignee read it outside their row scope, without the fields the node hides, and change nothing', async () => {
    const { client } = people.manager;
    // Outside their scope: their list does not hold it.
    expect((await client.get<PageBody>(`/api/forms/${formId}/records`)).body.total).toBe(0);
    const read = await client.get<RecordWithFlow>(`/api/records/${recordId}`);
    expect(read.status).toBe(200);
    expect(Object.keys(read.body.data).sort()).toEqual(['f_receipt', 'f_title']);
    expect(read.body.canEdit).toBe(false);
    expect(read.body.flow).toEqual({ state: 'in_progress', nodes: [{ id: 'n_manager', name: '经理审批' }], assignees: [people.manager.id] });
    // The history leaves out the change of the hidden cost (the entry held nothing else).
    const history = await client.get<HistoryBody>(`/api/records/${recordId}/history`);
    expect(history.status).toBe(200);
    expect(history.body.items.flatMap((entry) => entry.changes.map((change) => change.fieldId))).not.toContain('f_cost');
    expect(history.body.items).toHaveLength(1);
    // Files of the fields they see, not of the hidden ones.
    expect((await client.get(`/api/files/${receipt.fileId}`)).status).toBe(200);
    expect((await client.get(`/api/files/${privateFile.fileId}`)).status).toBe(404);
    // No write, no list widening.
    expect((await client.patch(`/api/records/${recordId}`, { data: { f_title: '改' } }, { headers: { 'if-match': '"2"' } })).status).toBe(404);
    expect((await client.delete(`/api/records/${recordId}`)).status).toBe(404);
  });

  it('keeps it unreadable to someone without a task on it, as before', async () => {
    const { client } = people.stranger;
    expect((await client.get(`/api/records/${recordId}`)).status).toBe(404);
    expect((await client.get(`/api/records/${recordId}/history`)).status).toBe(404);
    expect((await client.get(`/api/files/${receipt.fileId}`)).status).toBe(404);
    // Finance is only copied at the end: not yet.
    expect((await people.finance.client.get(`/api/records/${recordId}`)).status).toBe(404);
  });

  it('lets the copied person read it, and the approver still after approving', async () => {
    expect((await people.manager.client.post(`/api/tasks/${await taskOf(people.manager.client, recordId, 'todo')}/approve`, {})).status).toBe(200);
    expect(await taskOf(people.finance.client, recordId, 'cc')).not.toBe('');
    const copied = await people.finance.client.get<RecordWithFlow>(`/api/records/${recordId}`);
    expect(copied.status).toBe(200);
    // The copy node hides nothing: the cost is there.
    expect(copied.body.data['f_cost']).toBe(900);
    expect(copied.body.flow?.state).toBe('completed');
    expect((await people.finance.client.get(`/api/files/${privateFile.fileId}`)).status).toBe(200);
    const after = await people.manager.client.get<RecordWithFlow>(`/api/records/${recordId}`);
    expect(after.status).toBe(200);
    expect(after.body.data).not.toHaveProperty('f_cost');
    expect((await people.finance.client.get<PageBody>(`/api/forms/${formId}/records`)).body.total).toBe(0);
  });
});

describe('the flow in record answers', () => {
  it("lists each record with where its flow stands, or null without one", async () => {
    const running = await submit({ f_title: '进行中' });
    const page = await people.rep.client.get<PageBody>(`/api/forms/${formId}/records?limit=500`);
    expect(page.status).toBe(200);
    const byId = new Map(page.body.items.map((item) => [item.id, item]));
    expect(byId.get(recordWithoutFlow)?.flow).toBeNull();
    expect(byId.get(running)?.flow).toEqual({ state: 'in_progress', nodes: [{ id: 'n_manager', name: '经理审批' }], assignees: [people.manager.id] });
    expect((await people.rep.client.get<RecordWithFlow>(`/api/records/${recordWithoutFlow}`)).body.flow).toBeNull();
    expect((await people.rep.client.get<RecordWithFlow>(`/api/records/${running}`)).body.flow?.state).toBe('in_progress');
  });
});
