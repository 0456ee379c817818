import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detailsOf, type ErrorBody, type RecordBody } from '../records/testing/publishForm.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import type { TestClient } from '../testing/TestClient.js';

interface FlowBody {
  state: string;
  nodes: { id: string; name: string }[];
  assignees: string[];
}
interface InboxBody {
  items: { task: { id: string; kind: string; nodeId: string; state: string; outcome: string | null } | null; flow: FlowBody & { recordId: string; initiator: string } }[];
  nextCursor: string | null;
}
interface TaskBody {
  task: { id: string; state: string };
  node: { id: string; name: string };
  record: { id: string; data: Record<string, unknown>; readOnly: string[]; editable: string[] };
  flow: FlowBody;
  actions: string[];
}
interface OutcomeBody {
  recordId: string;
  flow: FlowBody;
}
interface TimelineBody {
  flow: FlowBody | null;
  items: { action: string; actor: string | null; actorName: string | null; nodeId: string | null; nodeName: string | null; comment: string | null; waitedMs: number | null }[];
}

let server: TestServer;
let admin: TestClient;
let appId: string;
const people: Record<'rep' | 'rep2' | 'manager' | 'director' | 'finance', { id: string; client: TestClient }> = {} as never;

const contractForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '合同',
  fields: [
    { id: 'f_title', type: 'text', label: '合同名称', required: true },
    { id: 'f_amount', type: 'number', label: '金额' },
    { id: 'f_cost', type: 'number', label: '成本' },
  ],
};

/** Creates and publishes a form, then stores and publishes its workflow (there are no workflow routes yet). */
async function formWithWorkflow(workflow: ((formId: string) => Record<string, unknown>) | null, form: FormSchema = contractForm): Promise<string> {
  const formId = (await admin.post<{ id: string }>(`/api/apps/${appId}/forms`, { schema: form })).body.id;
  expect((await admin.post(`/api/forms/${formId}/publish`, {})).status).toBe(200);
  if (workflow === null) return formId;
  const { documents } = server.context.stores;
  const schema = workflow(formId);
  const document = await documents.create({ id: server.context.newId('wfl'), kind: 'workflow', appId, formId, draft: schema as never, createdBy: null, createdAt: server.clock.now() });
  expect(await documents.publish(document.id, { draftRevision: document.draftRevision, schema: schema as never, publishedAt: server.clock.now(), publishedBy: null })).toBeDefined();
  return formId;
}

function contractFlow(formId: string, salesId: string) {
  return {
    kind: 'workflow',
    schemaVersion: 2,
    title: '合同审批',
    formId,
    nodes: [
      { id: 'n_start', type: 'start', name: '发起', fieldPermissions: { f_title: 'read', f_amount: 'edit', f_cost: 'read' } },
      { id: 'n_if', type: 'condition', name: '金额判断' },
      { id: 'n_director', type: 'approval', name: '总监审批', mode: 'any', assignees: [{ kind: 'department', departmentId: salesId, managerOnly: true }], fieldPermissions: { f_cost: 'hidden' } },
      { id: 'n_manager', type: 'approval', name: '经理审批', mode: 'any', assignees: [{ kind: 'managerChain', levels: 1 }] },
      { id: 'n_sign', type: 'approval', name: '会签', mode: 'all', assignees: [{ kind: 'member', userId: people.manager.id }, { kind: 'member', userId: people.finance.id }] },
      { id: 'n_end', type: 'end', name: '结束' },
    ],
    edges: [
      { id: 'e1', from: 'n_start', to: 'n_if' },
      { id: 'e2', from: 'n_if', to: 'n_director', condition: { '>': [{ var: 'f_amount' }, 500000] } },
      { id: 'e3', from: 'n_if', to: 'n_manager', default: true },
      { id: 'e4', from: 'n_director', to: 'n_sign' },
      { id: 'e5', from: 'n_manager', to: 'n_sign' },
      { id: 'e6', from: 'n_sign', to: 'n_end' },
    ],
  };
}

async function todo(client: TestClient, formId?: string): Promise<InboxBody['items']> {
  const response = await client.get<InboxBody>(`/api/tasks?box=todo${formId === undefined ? '' : `&formId=${formId}`}`);
  expect(response.status).toBe(200);
  return response.body.items;
}

async function onlyTask(client: TestClient, formId: string): Promise<string> {
  const items = await todo(client, formId);
  expect(items).toHaveLength(1);
  return items[0]?.task?.id ?? '';
}

let contractFormId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  appId = (await admin.post<{ id: string }>('/api/apps', { name: '销售' })).body.id;
  const named = async (username: string, name: string, departmentId: string | null = null) => {
    const created = await server.createUser({ username, name, departmentId });
    return { id: created.user.id, client: created.client };
  };
  people.director = await named('director', '王总监');
  people.manager = await named('manager', '李经理');
  people.finance = await named('finance', '赵财务');
  const sales = (await admin.post<{ id: string }>('/api/departments', { name: '销售部', managerId: people.director.id })).body.id;
  const team = (await admin.post<{ id: string }>('/api/departments', { name: '销售一组', parentId: sales, managerId: people.manager.id })).body.id;
  people.rep = await named('rep', '张三', team);
  people.rep2 = await named('rep2', '李四', team);
  contractFormId = await formWithWorkflow((formId) => contractFlow(formId, sales));
});
afterAll(() => server.close());

describe('合同审批: submit, return, resubmit, countersign', () => {
  it('runs the whole story, and the timeline shows every step', async () => {
    const { rep, rep2, director, manager, finance } = people;
    const submitted = await rep.client.post<RecordBody & { flow: FlowBody }>(`/api/forms/${contractFormId}/records`, { data: { f_title: '华东框架合同', f_amount: 600000, f_cost: 420000 } });
    expect(submitted.status).toBe(201);
    expect(submitted.body.flow).toEqual({ state: 'in_progress', nodes: [{ id: 'n_director', name: '总监审批' }], assignees: [director.id] });
    const recordId = submitted.body.id;
    server.clock.advance(3_600_000);

    // The director opens the task: the cost is hidden at this node, the rest read-only.
    const directorTask = await onlyTask(director.client, contractFormId);
    const opened = await director.client.get<TaskBody>(`/api/tasks/${directorTask}`);
    expect(opened.status).toBe(200);
    expect(opened.body.record.data).toEqual({ f_title: '华东框架合同', f_amount: 600000 });
    expect(opened.body.record.readOnly).toEqual(expect.arrayContaining(['f_title', 'f_amount']));
    expect(opened.body.record.editable).toEqual([]);
    expect(opened.body.actions).toEqual(expect.arrayContaining(['approve', 'reject', 'return']));
    // The record is outside the director's row scope, but not outside what they approve.
    const asRecord = await director.client.get<{ data: Record<string, unknown>; canEdit: boolean }>(`/api/records/${recordId}`);
    expect(asRecord.status).toBe(200);
    expect(asRecord.body).toMatchObject({ data: { f_title: '华东框架合同', f_amount: 600000 }, canEdit: false });

    // Another rep can neither open the task nor act on it nor read the flow.
    expect((await rep2.client.get(`/api/tasks/${directorTask}`)).status).toBe(404);
    const stranger = await rep2.client.post<ErrorBody>(`/api/tasks/${directorTask}/approve`, {});
    expect(stranger.status).toBe(403);
    expect(stranger.body.error.code).toBe('not_your_task');
    expect((await rep2.client.get(`/api/records/${recordId}/flow`)).status).toBe(404);

    const returned = await director.client.post<OutcomeBody>(`/api/tasks/${directorTask}/return`, { target: 'n_start', comment: '金额超出授权，请调整' });
    expect(returned.status).toBe(200);
    expect(returned.body.flow).toEqual({ state: 'in_progress', nodes: [{ id: 'n_start', name: '发起' }], assignees: [rep.id] });
    expect((await director.client.post<ErrorBody>(`/api/tasks/${directorTask}/approve`, {})).status).toBe(409);
    server.clock.advance(600_000);

    // The rep may change the amount only.
    const resubmitTask = await onlyTask(rep.client, contractFormId);
    const renamed = await rep.client.post<ErrorBody>(`/api/tasks/${resubmitTask}/submit`, { data: { f_title: '改个名字' } });
    expect(renamed.status).toBe(403);
    expect(renamed.body.error.code).toBe('field_not_editable');
    expect(renamed.body.error.message).toContain('合同名称');
    const renamedEn = await rep.client.post<ErrorBody>(`/api/tasks/${resubmitTask}/submit?lang=en`, { data: { f_title: '改个名字' } });
    expect(renamedEn.body.error.message).toBe('The field "合同名称" may not be edited at this step');
    expect(detailsOf(renamedEn.body)[0]?.pointer).toBe('/data/f_title');
    // Sending the record back whole, read-only values unchanged, is not an edit of them.
    const resubmitted = await rep.client.post<OutcomeBody>(`/api/tasks/${resubmitTask}/submit`, { data: { f_title: '华东框架合同', f_amount: 400000 }, comment: '已调整为 40 万' });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.flow).toEqual({ state: 'in_progress', nodes: [{ id: 'n_manager', name: '经理审批' }], assignees: [manager.id] });
    const record = await rep.client.get<RecordBody>(`/api/records/${recordId}`);
    expect(record.body.data).toMatchObject({ f_title: '华东框架合同', f_amount: 400000, f_cost: 420000 });
    expect(record.body.version).toBe(2);
    server.clock.advance(1_800_000);

    const managerApproved = await manager.client.post<OutcomeBody>(`/api/tasks/${await onlyTask(manager.client, contractFormId)}/approve`, { comment: '同意' });
    expect(managerApproved.body.flow).toEqual({ state: 'in_progress', nodes: [{ id: 'n_sign', name: '会签' }], assignees: [manager.id, finance.id] });
    const signTask = await onlyTask(manager.client, contractFormId);
    expect((await manager.client.post<OutcomeBody>(`/api/tasks/${signTask}/approve`, {})).body.flow.assignees).toEqual([finance.id]);
    const done = await finance.client.post<OutcomeBody>(`/api/tasks/${await onlyTask(finance.client, contractFormId)}/approve`, { comment: '财务确认' });
    expect(done.status).toBe(200);
    expect(done.body.flow).toEqual({ state: 'completed', nodes: [], assignees: [] });
    const again = await manager.client.post<ErrorBody>(`/api/tasks/${signTask}/approve`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('task_closed');

    // The director held a task of the record: they still read its timeline.
    const timeline = await director.client.get<TimelineBody>(`/api/records/${recordId}/flow`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.flow?.state).toBe('completed');
    const steps = timeline.body.items.filter((item) => item.actor !== null).map((item) => `${item.action}:${item.actorName ?? ''}:${item.nodeName ?? ''}`);
    expect(steps).toEqual(['submitted:张三:发起', 'returned:王总监:总监审批', 'resubmitted:张三:发起', 'approved:李经理:经理审批', 'approved:李经理:会签', 'approved:赵财务:会签']);
    const returnStep = timeline.body.items.find((item) => item.action === 'returned');
    expect(returnStep).toMatchObject({ comment: '金额超出授权，请调整', waitedMs: 3_600_000 });
    expect(timeline.body.items.at(-1)?.action).toBe('completed');

    const counts = await manager.client.get<Record<string, number>>(`/api/tasks/counts?formId=${contractFormId}`);
    expect(counts.body).toEqual({ todo: 0, done: 2, initiated: 0, cc: 0 });
    const initiated = await rep.client.get<InboxBody>(`/api/tasks?box=initiated&formId=${contractFormId}`);
    expect(initiated.body.items.map((item) => [item.task, item.flow.recordId, item.flow.state])).toEqual([[null, recordId, 'completed']]);
  });

  it('refuses to withdraw for anyone but the initiator, and lets the initiator withdraw before anyone acts', async () => {
    const created = await people.rep.client.post<RecordBody>(`/api/forms/${contractFormId}/records`, { data: { f_title: '小单', f_amount: 1000 } });
    // A stranger is told nothing; an admin, who may read it, is not its initiator.
    expect((await people.rep2.client.post<ErrorBody>(`/api/records/${created.body.id}/withdraw`, {})).status).toBe(404);
    const notMine = await admin.post<ErrorBody>(`/api/records/${created.body.id}/withdraw`, {});
    expect(notMine.status).toBe(403);
    expect(notMine.body.error.code).toBe('not_initiator');
    const withdrawn = await people.rep.client.post<OutcomeBody>(`/api/records/${created.body.id}/withdraw`, {});
    expect(withdrawn.body.flow).toEqual({ state: 'withdrawn', nodes: [], assignees: [] });
    expect((await people.rep.client.post<ErrorBody>(`/api/records/${created.body.id}/withdraw`, {})).status).toBe(409);
  });
});

describe('starting a flow', () => {
  it('leaves records of a form without a published workflow alone', async () => {
    const formId = await formWithWorkflow(null);
    const created = await people.rep.client.post<RecordBody & { flow?: unknown }>(`/api/forms/${formId}/records`, { data: { f_title: '无流程' } });
    expect(created.status).toBe(201);
    expect(created.body.flow).toBeUndefined();
    const withdraw = await people.rep.client.post<ErrorBody>(`/api/records/${created.body.id}/withdraw`, {});
    expect(withdraw.status).toBe(404);
    expect(withdraw.body.error.code).toBe('no_flow');
  });

  it('stores neither the record nor the flow when the start node refuses it (one transaction)', async () => {
    const formId = await formWithWorkflow((id) => ({
      kind: 'workflow',
      schemaVersion: 2,
      title: '要成本',
      formId: id,
      nodes: [
        { id: 'n_start', type: 'start', name: '发起', fieldPermissions: { f_cost: 'required' } },
        { id: 'n_ok', type: 'approval', name: '审批', mode: 'any', assignees: [{ kind: 'member', userId: people.manager.id }] },
        { id: 'n_end', type: 'end', name: '结束' },
      ],
      edges: [
        { id: 'e1', from: 'n_start', to: 'n_ok' },
        { id: 'e2', from: 'n_ok', to: 'n_end' },
      ],
    }));
    const refused = await people.rep.client.post<ErrorBody>(`/api/forms/${formId}/records?lang=en`, { data: { f_title: '缺成本', f_amount: 5 } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('required_field');
    expect(await server.sqlValue<number>('SELECT count(*) FROM records WHERE form_id = ?', formId)).toBe(0);
    expect(await server.sqlValue<number>('SELECT count(*) FROM flow_instances WHERE form_id = ?', formId)).toBe(0);
  });
});

describe('racing approvals', () => {
  it('advances a 会签 node of twenty approvers once, however they race, and answers the loser of one task 409', async () => {
    const signers = await Promise.all(Array.from({ length: 20 }, (_, index) => server.createUser({ username: `signer${index}`, name: `会签人${index}` })));
    const formId = await formWithWorkflow((id) => ({
      kind: 'workflow',
      schemaVersion: 2,
      title: '二十人会签',
      formId: id,
      nodes: [
        { id: 'n_start', type: 'start', name: '发起' },
        { id: 'n_all', type: 'approval', name: '会签', mode: 'all', assignees: signers.map((signer) => ({ kind: 'member', userId: signer.user.id })) },
        { id: 'n_after', type: 'approval', name: '复核', mode: 'any', assignees: [{ kind: 'member', userId: people.manager.id }] },
        { id: 'n_end', type: 'end', name: '结束' },
      ],
      edges: [
        { id: 'e1', from: 'n_start', to: 'n_all' },
        { id: 'e2', from: 'n_all', to: 'n_after' },
        { id: 'e3', from: 'n_after', to: 'n_end' },
      ],
    }));
    const created = await people.rep.client.post<RecordBody & { flow: FlowBody }>(`/api/forms/${formId}/records`, { data: { f_title: '大单' } });
    expect(created.body.flow.assignees).toHaveLength(20);
    const tasks = await Promise.all(signers.map(async (signer) => ({ client: signer.client, taskId: await onlyTask(signer.client, formId) })));
    const answers = await Promise.all(tasks.map(({ client, taskId }) => client.post<OutcomeBody>(`/api/tasks/${taskId}/approve`, {})));
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 20 }, () => 200));
    expect(answers.filter((answer) => answer.body.flow.nodes[0]?.id === 'n_after')).toHaveLength(1);
    expect(await todo(people.manager.client, formId)).toHaveLength(1);
    const timeline = await people.rep.client.get<TimelineBody>(`/api/records/${created.body.id}/flow`);
    expect(timeline.body.items.filter((item) => item.action === 'approved')).toHaveLength(20);
    expect(timeline.body.items.filter((item) => item.nodeId === 'n_after' && item.action === 'arrived')).toHaveLength(1);

    // Two tabs of the manager approving one task at once: one wins, the other is told it is done.
    const taskId = await onlyTask(people.manager.client, formId);
    const both = await Promise.all([0, 1].map(() => people.manager.client.post<ErrorBody>(`/api/tasks/${taskId}/approve`, {})));
    expect(both.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const loser = both.find((answer) => answer.status === 409);
    expect(loser?.body.error.code).toBe('task_closed');
  });
});
