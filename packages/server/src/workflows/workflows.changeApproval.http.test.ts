import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, RecordBody } from '../records/testing/publishForm.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import type { TestClient } from '../testing/TestClient.js';

interface FlowBody {
  state: string;
  assignees: string[];
}
interface InboxBody {
  items: { task: { id: string } | null; flow: FlowBody & { recordId: string } }[];
}
interface ChangeLine {
  fieldId: string;
  label: string;
  before: unknown;
  after: unknown;
}
interface ProposedBody {
  record: RecordBody;
  proposedChange: { diff: ChangeLine[]; flow: FlowBody };
}
interface TaskBody {
  record: { data: Record<string, unknown> };
  change: { proposedBy: string; proposedByName: string | null; reason: string | null; diff: ChangeLine[] } | null;
}
interface TimelineBody {
  flow: (FlowBody & { instanceId: string }) | null;
  items: { instanceId: string; action: string; actorName: string | null; nodeName: string | null; comment: string | null }[];
}
interface ListBody {
  items: { id: string; flow: FlowBody | null }[];
}
interface HistoryBody {
  items: { version: number; action: string; actorId: string | null; actorName: string | null; approvedBy: string | null; approverName: string | null; reason: string | null; changes: { fieldId: string; from?: unknown; to?: unknown }[] }[];
}

let server: TestServer;
let admin: TestClient;
let appId: string;
const people: Record<'rep' | 'manager', { id: string; client: TestClient }> = {} as never;

const contractForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '合同',
  fields: [
    { id: 'f_title', type: 'text', label: '合同名称', required: true },
    { id: 'f_amount', type: 'number', label: '金额' },
    { id: 'f_cost', type: 'number', label: '成本' },
  ],
  settings: { changeReason: 'required' },
};

/** The manager approves; once completed, editing the amount (or any field: `fieldIds` undefined) needs the manager's approval again. */
function contractFlow(formId: string, changeApproval: { fieldIds?: string[] } | undefined) {
  return {
    kind: 'workflow',
    schemaVersion: 2,
    title: '合同审批',
    formId,
    nodes: [
      { id: 'n_start', type: 'start', name: '发起' },
      { id: 'n_manager', type: 'approval', name: '经理审批', mode: 'any', assignees: [{ kind: 'member', userId: people.manager.id }], fieldPermissions: { f_cost: 'hidden' } },
      { id: 'n_end', type: 'end', name: '结束' },
    ],
    edges: [
      { id: 'e1', from: 'n_start', to: 'n_manager' },
      { id: 'e2', from: 'n_manager', to: 'n_end' },
    ],
    ...(changeApproval === undefined ? {} : { settings: { changeApproval } }),
  };
}

async function formWithWorkflow(changeApproval: { fieldIds?: string[] } | undefined): Promise<string> {
  const formId = (await admin.post<{ id: string }>(`/api/apps/${appId}/forms`, { schema: contractForm })).body.id;
  expect((await admin.post(`/api/forms/${formId}/publish`, {})).status).toBe(200);
  const { documents } = server.context.stores;
  const schema = contractFlow(formId, changeApproval);
  const document = await documents.create({ id: server.context.newId('wfl'), kind: 'workflow', appId, formId, draft: schema as never, createdBy: null, createdAt: server.clock.now() });
  expect(await documents.publish(document.id, { draftRevision: document.draftRevision, schema: schema as never, publishedAt: server.clock.now(), publishedBy: null })).toBeDefined();
  return formId;
}

async function managerTask(recordId: string): Promise<string> {
  const items = (await people.manager.client.get<InboxBody>('/api/tasks?box=todo&limit=200')).body.items.filter((item) => item.flow.recordId === recordId);
  expect(items).toHaveLength(1);
  return items[0]?.task?.id ?? '';
}

/** A contract submitted by the rep and approved by the manager: its flow is completed. */
async function completedContract(formId: string): Promise<string> {
  const submitted = await people.rep.client.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_title: '华东框架合同', f_amount: 500000, f_cost: 300000 } });
  expect(submitted.status).toBe(201);
  const approved = await people.manager.client.post<{ flow: FlowBody }>(`/api/tasks/${await managerTask(submitted.body.id)}/approve`, {});
  expect(approved.body.flow.state).toBe('completed');
  return submitted.body.id;
}

let guardedFormId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  appId = (await admin.post<{ id: string }>('/api/apps', { name: '销售' })).body.id;
  for (const [key, name] of [['manager', '李经理'], ['rep', '张三']] as const) {
    const created = await server.createUser({ username: key, name });
    people[key] = { id: created.user.id, client: created.client };
  }
  guardedFormId = await formWithWorkflow({ fieldIds: ['f_amount'] });
});
afterAll(() => server.close());

describe('changes to completed records that need approval', () => {
  it('applies an edit at once when the workflow asks no approval', async () => {
    const recordId = await completedContract(await formWithWorkflow(undefined));
    const changed = await people.rep.client.patch<RecordBody>(`/api/records/${recordId}`, { data: { f_amount: 800000 }, reason: '客户追加' });
    expect(changed.status).toBe(200);
    expect(changed.body.data['f_amount']).toBe(800000);
    const history = await people.rep.client.get<HistoryBody>(`/api/records/${recordId}/history`);
    expect(history.body.items.at(-1)).toMatchObject({ actorId: people.rep.id, approvedBy: null, reason: '客户追加' });
  });

  it('applies an edit of a field outside fieldIds at once', async () => {
    const recordId = await completedContract(guardedFormId);
    const changed = await people.rep.client.patch<RecordBody>(`/api/records/${recordId}`, { data: { f_title: '华东框架合同（补充）' }, reason: '改名' });
    expect(changed.status).toBe(200);
    expect(changed.body.data['f_title']).toBe('华东框架合同（补充）');
    expect((await people.manager.client.get<InboxBody>('/api/tasks?box=todo&limit=200')).body.items.filter((item) => item.flow.recordId === recordId)).toEqual([]);
  });

  it('holds a guarded edit for approval, shows the approver the diff, and applies it when approved', async () => {
    const recordId = await completedContract(guardedFormId);
    // The form requires a reason of every change, proposed ones too.
    expect((await people.rep.client.patch<ErrorBody>(`/api/records/${recordId}`, { data: { f_amount: 800000 } })).status).toBe(400);

    const proposed = await people.rep.client.patch<ProposedBody>(`/api/records/${recordId}`, { data: { f_amount: 800000, f_cost: 350000 }, reason: '客户追加数量' });
    expect(proposed.status).toBe(202);
    expect(proposed.body.record.data).toMatchObject({ f_amount: 500000, f_cost: 300000 });
    expect(proposed.body.record.version).toBe(1);
    expect(proposed.body.proposedChange.diff).toEqual([
      { fieldId: 'f_amount', label: '金额', before: 500000, after: 800000 },
      { fieldId: 'f_cost', label: '成本', before: 300000, after: 350000 },
    ]);
    expect(proposed.body.proposedChange.flow).toMatchObject({ state: 'in_progress', assignees: [people.manager.id] });

    const stored = await people.rep.client.get<RecordBody & { pendingChange: { proposedByName: string; diff: ChangeLine[] } | null }>(`/api/records/${recordId}`);
    expect(stored.body.data['f_amount']).toBe(500000);
    expect(stored.body.pendingChange).toMatchObject({ proposedByName: '张三', diff: [{ fieldId: 'f_amount', after: 800000 }, { fieldId: 'f_cost', after: 350000 }] });

    // The cost is hidden at the manager's node: the diff leaves it out as the record does.
    const taskId = await managerTask(recordId);
    const task = await people.manager.client.get<TaskBody>(`/api/tasks/${taskId}`);
    expect(task.body.change).toEqual({ proposedBy: people.rep.id, proposedByName: '张三', reason: '客户追加数量', diff: [{ fieldId: 'f_amount', label: '金额', before: 500000, after: 800000 }] });
    expect(task.body.record.data).not.toHaveProperty('f_cost');

    expect((await people.manager.client.post<{ flow: FlowBody }>(`/api/tasks/${taskId}/approve`, { comment: '同意追加' })).body.flow.state).toBe('completed');
    const applied = await people.rep.client.get<RecordBody & { pendingChange: unknown }>(`/api/records/${recordId}`);
    expect(applied.body.data).toMatchObject({ f_amount: 800000, f_cost: 350000 });
    expect(applied.body.pendingChange).toBeNull();
    const history = await people.rep.client.get<HistoryBody>(`/api/records/${recordId}/history`);
    const last = history.body.items.at(-1);
    // The proposer's edit, their reason, and who approved it.
    expect(last).toMatchObject({ version: 2, action: 'update', actorId: people.rep.id, actorName: '张三', approvedBy: people.manager.id, approverName: '李经理', reason: '客户追加数量' });
    expect(last?.changes.map((change) => change.fieldId).sort()).toEqual(['f_amount', 'f_cost']);
  });

  it('drops the edit when the change is rejected, and the record can be changed again', async () => {
    const recordId = await completedContract(guardedFormId);
    expect((await people.rep.client.patch(`/api/records/${recordId}`, { data: { f_amount: 900000 }, reason: '涨价' })).status).toBe(202);
    expect((await people.manager.client.post<{ flow: FlowBody }>(`/api/tasks/${await managerTask(recordId)}/reject`, { comment: '不同意' })).body.flow.state).toBe('rejected');
    const after = await people.rep.client.get<RecordBody>(`/api/records/${recordId}`);
    expect(after.body.data['f_amount']).toBe(500000);
    expect(after.body.version).toBe(1);
    // Still a completed record: the next guarded edit goes to approval again.
    expect((await people.rep.client.patch(`/api/records/${recordId}`, { data: { f_amount: 600000 }, reason: '小幅调整' })).status).toBe(202);
  });

  it("keeps the record's own flow as its flow while a change runs and after it is rejected; the timeline shows the change", async () => {
    const recordId = await completedContract(guardedFormId);
    const approval = (await people.rep.client.get<TimelineBody>(`/api/records/${recordId}/flow`)).body.flow?.instanceId;
    expect((await people.rep.client.patch(`/api/records/${recordId}`, { data: { f_amount: 900000 }, reason: '涨价' })).status).toBe(202);
    const flowOf = async () => {
      const record = (await people.rep.client.get<RecordBody & { flow: FlowBody | null; pendingChange: unknown }>(`/api/records/${recordId}`)).body;
      const listed = (await people.rep.client.get<ListBody>(`/api/forms/${guardedFormId}/records?limit=200`)).body.items.find((item) => item.id === recordId);
      return { record, listed, timeline: (await people.rep.client.get<TimelineBody>(`/api/records/${recordId}/flow`)).body };
    };
    // While the change waits: the record stays completed, the change is its pendingChange, and the
    // timeline's flow is the change flow (the one to urge or act on).
    const waiting = await flowOf();
    expect(waiting.record.flow?.state).toBe('completed');
    expect(waiting.record.pendingChange).not.toBeNull();
    expect(waiting.listed?.flow?.state).toBe('completed');
    expect(waiting.timeline.flow).toMatchObject({ state: 'in_progress', assignees: [people.manager.id] });
    expect(waiting.timeline.flow?.instanceId).not.toBe(approval);

    expect((await people.manager.client.post<{ flow: FlowBody }>(`/api/tasks/${await managerTask(recordId)}/reject`, { comment: '不同意' })).body.flow.state).toBe('rejected');
    const rejected = await flowOf();
    expect(rejected.record.flow?.state).toBe('completed');
    expect(rejected.record.pendingChange).toBeNull();
    expect(rejected.listed?.flow?.state).toBe('completed');
    // The timeline heads with the record's own flow again, and keeps both flows' steps, the rejected change last.
    expect(rejected.timeline.flow).toMatchObject({ state: 'completed', instanceId: approval });
    expect(new Set(rejected.timeline.items.map((item) => item.instanceId))).toEqual(new Set([approval, waiting.timeline.flow?.instanceId]));
    expect(rejected.timeline.items.at(-1)).toMatchObject({ instanceId: waiting.timeline.flow?.instanceId, action: 'rejected', actorName: '李经理', nodeName: '经理审批', comment: '不同意' });
  });

  it('refuses any other edit while a change waits, naming it', async () => {
    const recordId = await completedContract(guardedFormId);
    expect((await people.rep.client.patch(`/api/records/${recordId}`, { data: { f_amount: 700000 }, reason: '追加' })).status).toBe(202);
    const second = await people.rep.client.patch<ErrorBody>(`/api/records/${recordId}`, { data: { f_title: '另一个名字' }, reason: '改名' });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('change_pending');
    expect(second.body.error.message).toContain('张三');
    const zh = await people.rep.client.patch<ErrorBody>(`/api/records/${recordId}`, { data: { f_title: '另一个名字' }, reason: '改名' }, { headers: { 'Accept-Language': 'zh-CN' } });
    expect(zh.body.error.message).toContain('审批中');
    expect((await people.rep.client.get<RecordBody>(`/api/records/${recordId}`)).body.data['f_title']).toBe('华东框架合同');
  });
});
