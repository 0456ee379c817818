import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordBody } from '../records/testing/publishForm.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import type { TestClient } from '../testing/TestClient.js';

interface InboxBody {
  items: { title: string; task: { id: string } | null; flow: { recordId: string; formId: string } }[];
}

let server: TestServer;
let appId: string;
let admin: TestClient;
const people: Record<'rep' | 'manager', { id: string; client: TestClient }> = {} as never;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  for (const name of ['rep', 'manager'] as const) {
    const created = await server.createUser({ username: `it_${name}` });
    people[name] = { id: created.user.id, client: created.client };
  }
  appId = (await admin.post<{ id: string }>('/api/apps', { name: '行政' })).body.id;
});
afterAll(() => server.close());

/** Publishes `form` with a start → manager approval → end flow whose approval hides `hidden`. */
async function publishWithFlow(form: FormSchema, hidden: readonly string[]): Promise<string> {
  const formId = (await admin.post<{ id: string }>(`/api/apps/${appId}/forms`, { schema: form })).body.id;
  expect((await admin.post(`/api/forms/${formId}/publish`, {})).status).toBe(200);
  const schema = {
    kind: 'workflow',
    schemaVersion: 2,
    title: `${form.title}审批`,
    formId,
    nodes: [
      { id: 'n_start', type: 'start', name: '发起' },
      {
        id: 'n_manager',
        type: 'approval',
        name: '经理审批',
        mode: 'any',
        assignees: [{ kind: 'member', userId: people.manager.id }],
        fieldPermissions: Object.fromEntries(hidden.map((fieldId) => [fieldId, 'hidden'])),
      },
      { id: 'n_end', type: 'end', name: '结束' },
    ],
    edges: [
      { id: 'e1', from: 'n_start', to: 'n_manager' },
      { id: 'e2', from: 'n_manager', to: 'n_end' },
    ],
  };
  const { documents } = server.context.stores;
  const document = await documents.create({ id: `wfl_${formId}`, kind: 'workflow', appId, formId, draft: schema as never, createdBy: null, createdAt: server.clock.now() });
  await documents.publish(document.id, { draftRevision: 1, schema: schema as never, publishedAt: server.clock.now(), publishedBy: null });
  return formId;
}

async function submit(formId: string, data: Record<string, unknown>): Promise<string> {
  const created = await people.rep.client.post<RecordBody>(`/api/forms/${formId}/records`, { data });
  expect(created.status).toBe(201);
  return created.body.id;
}

async function titleIn(client: TestClient, box: 'todo' | 'initiated', recordId: string): Promise<string | undefined> {
  const page = await client.get<InboxBody>(`/api/tasks?box=${box}&limit=200`);
  expect(page.status).toBe(200);
  const items = page.body.items.filter((item) => item.flow.recordId === recordId);
  expect(items).toHaveLength(1);
  return items[0]?.title;
}

describe('inbox lines are titled by the record, not its id', () => {
  it("names a record by the form's title and its serial number", async () => {
    const formId = await publishWithFlow(
      {
        kind: 'form',
        schemaVersion: 1,
        title: '合同',
        fields: [
          { id: 'f_name', type: 'text', label: '合同名称' },
          { id: 'f_no', type: 'serial', label: '合同编号', parts: [{ kind: 'text', value: 'HT-' }, { kind: 'counter', digits: 4, start: 12 }] },
        ],
      },
      [],
    );
    const recordId = await submit(formId, { f_name: '设备采购' });
    expect(await titleIn(people.manager.client, 'todo', recordId)).toBe('合同 HT-0012');
    expect(await titleIn(people.rep.client, 'initiated', recordId)).toBe('合同 HT-0012');
  });

  it('passes over a text field the task’s node hides, for the next one it shows', async () => {
    const formId = await publishWithFlow(
      {
        kind: 'form',
        schemaVersion: 1,
        title: '报销',
        fields: [
          { id: 'f_secret', type: 'text', label: '内部备注' },
          { id: 'f_title', type: 'text', label: '事由' },
        ],
      },
      ['f_secret'],
    );
    const recordId = await submit(formId, { f_secret: '机密内容', f_title: '差旅 <b>上海</b>' });
    const title = await titleIn(people.manager.client, 'todo', recordId);
    expect(title).toBe('报销 差旅 <b>上海</b>');
    expect(title).not.toContain('机密');
    // The initiator filled both in at the start node, which hides neither: theirs is the first.
    expect(await titleIn(people.rep.client, 'initiated', recordId)).toBe('报销 机密内容');
  });

  it('falls back to the submit date when the form has no text field to show', async () => {
    const formId = await publishWithFlow(
      {
        kind: 'form',
        schemaVersion: 1,
        title: '请假',
        fields: [
          { id: 'f_days', type: 'number', label: '天数' },
          { id: 'f_reason', type: 'text', label: '原因' },
        ],
      },
      ['f_reason'],
    );
    const recordId = await submit(formId, { f_days: 2, f_reason: '私事' });
    const title = await titleIn(people.manager.client, 'todo', recordId);
    expect(title).toBe(`请假 ${new Date(server.clock.now()).toISOString().slice(0, 10)}`);
    expect(title).not.toContain(recordId);
  });

  it('reads the node of the version the flow runs on, not a later one that hides less', async () => {
    const form: FormSchema = { kind: 'form', schemaVersion: 1, title: '采购', fields: [{ id: 'f_item', type: 'text', label: '物品' }] };
    const formId = await publishWithFlow(form, ['f_item']);
    const recordId = await submit(formId, { f_item: '机密型号' });
    // Version 2 shows the field at the same node; the running flow stays on version 1.
    const { documents } = server.context.stores;
    const document = await documents.findById(`wfl_${formId}`);
    const shown = JSON.parse(JSON.stringify(document?.published?.schema)) as { nodes: { id: string; fieldPermissions?: Record<string, string> }[] };
    for (const node of shown.nodes) if (node.id === 'n_manager') node.fieldPermissions = {};
    const saved = await documents.saveDraft(`wfl_${formId}`, shown as never, 1, null, server.clock.now());
    expect(await documents.publish(`wfl_${formId}`, { draftRevision: saved ?? 0, schema: shown as never, publishedAt: server.clock.now(), publishedBy: null })).toBeDefined();
    const title = await titleIn(people.manager.client, 'todo', recordId);
    expect(title).not.toContain('机密');
    expect(title).toBe(`采购 ${new Date(server.clock.now()).toISOString().slice(0, 10)}`);
    // A record submitted now runs on version 2, whose node shows the field.
    const later = await submit(formId, { f_item: '打印纸' });
    expect(await titleIn(people.manager.client, 'todo', later)).toBe('采购 打印纸');
  });
});
