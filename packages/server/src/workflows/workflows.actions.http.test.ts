import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody, pngBytes } from '../files/testing/multipartBody.js';
import type { ErrorBody } from '../records/testing/publishForm.js';
import type { TestServer } from '../testing/startTestServer.js';
import { startQuoteFlowServer, type QuoteFlowServer } from './testing/startQuoteFlowServer.js';
import type { TestClient } from '../testing/TestClient.js';

interface FlowBody {
  state: string;
  nodes: { id: string; name: string }[];
  assignees: string[];
}
interface InboxBody {
  items: { task: { id: string; kind: string; state: string; outcome: string | null } | null; flow: FlowBody & { recordId: string } }[];
  nextCursor: string | null;
}
interface OutcomeBody {
  flow: FlowBody;
}
interface Counts {
  total: number;
  byKind: Record<string, number>;
}

let server: TestServer;
let admin: TestClient;
let formId: string;
let people: QuoteFlowServer['people'];
let submit: QuoteFlowServer['submit'];

beforeAll(async () => {
  ({ server, admin, formId, people, submit } = await startQuoteFlowServer());
});
afterAll(() => server.close());

async function todoIds(client: TestClient): Promise<string[]> {
  return (await client.get<InboxBody>(`/api/tasks?box=todo&formId=${formId}`)).body.items.map((item) => item.task?.id ?? '');
}

async function taskOf(client: TestClient, recordId: string): Promise<string> {
  const items = (await client.get<InboxBody>(`/api/tasks?box=todo&formId=${formId}&limit=200`)).body.items.filter((item) => item.flow.recordId === recordId);
  expect(items).toHaveLength(1);
  return items[0]?.task?.id ?? '';
}

describe('task actions', () => {
  it('rejects: the flow ends rejected and the initiator is told', async () => {
    const recordId = await submit('被拒');
    const before = (await people.rep.client.get<Counts>('/api/notifications/counts')).body.byKind.finished ?? 0;
    const rejected = await people.manager.client.post<OutcomeBody>(`/api/tasks/${await taskOf(people.manager.client, recordId)}/reject`, { comment: '价格太低' });
    expect(rejected.body.flow.state).toBe('rejected');
    expect((await people.rep.client.get<Counts>('/api/notifications/counts')).body.byKind.finished).toBe(before + 1);
  });

  it('transfers a task to someone else, who then holds it', async () => {
    const recordId = await submit('转交');
    const transferred = await people.manager.client.post<OutcomeBody>(`/api/tasks/${await taskOf(people.manager.client, recordId)}/transfer`, { to: [people.director.id], comment: '请总监处理' });
    expect(transferred.body.flow.assignees).toEqual([people.director.id]);
    const bad = await people.director.client.post<ErrorBody>(`/api/tasks/${await taskOf(people.director.client, recordId)}/transfer`, { to: [] });
    expect(bad.status).toBe(400);
    expect((await people.director.client.post<OutcomeBody>(`/api/tasks/${await taskOf(people.director.client, recordId)}/approve`, {})).body.flow.state).toBe('completed');
  });

  it('adds an approver before oneself, copies finance at the end, and lets the initiator urge', async () => {
    const recordId = await submit('加签');
    const managerTask = await taskOf(people.manager.client, recordId);
    const urgesBefore = (await people.manager.client.get<Counts>('/api/notifications/counts')).body.byKind.urge ?? 0;
    expect((await people.rep.client.post(`/api/tasks/${managerTask}/urge`, {})).status).toBe(200);
    expect((await people.manager.client.get<Counts>('/api/notifications/counts')).body.byKind.urge).toBe(urgesBefore + 1);
    const added = await people.manager.client.post<OutcomeBody>(`/api/tasks/${managerTask}/add-approver`, { to: [people.director.id], position: 'before' });
    expect(added.body.flow.assignees).toEqual([people.director.id]);
    // The manager's task waits for the director: it is in no box, and cannot be opened or acted on.
    expect(await todoIds(people.manager.client)).not.toContain(managerTask);
    expect((await people.manager.client.get(`/api/tasks/${managerTask}`)).status).toBe(404);
    await people.director.client.post(`/api/tasks/${await taskOf(people.director.client, recordId)}/approve`, {});
    const ccBefore = (await people.finance.client.get<Record<string, number>>(`/api/tasks/counts?formId=${formId}`)).body.cc ?? 0;
    const completed = await people.manager.client.post<OutcomeBody>(`/api/tasks/${managerTask}/approve`, {});
    expect(completed.body.flow.state).toBe('completed');
    expect((await people.finance.client.get<Record<string, number>>(`/api/tasks/counts?formId=${formId}`)).body.cc).toBe(ccBefore + 1);
    const cc = await people.finance.client.get<InboxBody>(`/api/tasks?box=cc&formId=${formId}`);
    const copy = cc.body.items.find((item) => item.flow.recordId === recordId);
    expect(copy).toMatchObject({ task: { kind: 'cc' }, flow: { recordId } });
    // A copy takes no action.
    const copyId = copy?.task?.id ?? '';
    expect((await people.finance.client.post<ErrorBody>(`/api/tasks/${copyId}/approve`, {})).status).toBe(404);
  });

  it("signs an approval with the approver's own uploaded image only, and keeps it with the record", async () => {
    const upload = async (client: TestClient) => {
      const { body, contentType } = multipartBody({ name: 'sign.png', type: 'image/png', bytes: pngBytes(100) });
      const uploaded = await client.post<{ fileId: string }>('/api/files', undefined, { rawBody: body, headers: { 'content-type': contentType, 'x-requested-with': 'test' } });
      expect(uploaded.status).toBe(201);
      return uploaded.body.fileId;
    };
    const recordId = await submit('签名');
    const taskId = await taskOf(people.manager.client, recordId);
    const someoneElses = await people.manager.client.post<ErrorBody>(`/api/tasks/${taskId}/approve`, { signature: await upload(people.rep.client) });
    expect(someoneElses.status).toBe(400);
    expect(someoneElses.body.error.code).toBe('invalid_signature');
    const own = await upload(people.manager.client);
    expect((await people.manager.client.post(`/api/tasks/${taskId}/approve`, { signature: own })).status).toBe(200);
    const timeline = await people.rep.client.get<{ items: { action: string; signature: string | null }[] }>(`/api/records/${recordId}/flow`);
    expect(timeline.body.items.find((item) => item.action === 'approved')?.signature).toBe(own);
    expect(await server.context.stores.files.recordsReferencing(own)).toEqual([recordId]);
  });

  it('refuses a return to the node itself and a transfer to nobody, in both languages, changing nothing', async () => {
    const recordId = await submit('拒绝的动作');
    const taskId = await taskOf(people.manager.client, recordId);
    const toSelf = await people.manager.client.post<ErrorBody>(`/api/tasks/${taskId}/return?lang=en`, { target: 'n_manager' });
    expect(toSelf.status).toBe(422);
    expect(toSelf.body.error.code).toBe('return_to_self');
    const toNobody = await people.manager.client.post<ErrorBody>(`/api/tasks/${taskId}/transfer`, { to: ['usr_nobody'] });
    expect(toNobody.status).toBe(422);
    expect(toNobody.body.error.code).toBe('unknown_user');
    expect(await taskOf(people.manager.client, recordId)).toBe(taskId);
  });

  it('lets a copied person open the copy and read the timeline, but not act', async () => {
    const recordId = await submit('抄送可读');
    await people.manager.client.post(`/api/tasks/${await taskOf(people.manager.client, recordId)}/approve`, {});
    const copy = (await people.finance.client.get<InboxBody>(`/api/tasks?box=cc&formId=${formId}`)).body.items.find((item) => item.flow.recordId === recordId);
    const opened = await people.finance.client.get<{ node: { id: string }; record: { data: Record<string, unknown> }; actions: string[] }>(`/api/tasks/${copy?.task?.id ?? ''}`);
    expect(opened.body).toMatchObject({ node: { id: 'n_cc' }, record: { data: { f_title: '抄送可读' } }, actions: [] });
    expect((await people.finance.client.get(`/api/records/${recordId}/flow`)).status).toBe(200);
    expect((await people.director.client.get(`/api/records/${recordId}/flow`)).status).toBe(404);
  });

  it('pages the inbox with a cursor, and refuses a forged one', async () => {
    for (const title of ['页1', '页2', '页3']) {
      await submit(title);
      server.clock.advance(1000);
    }
    const first = await people.manager.client.get<InboxBody>(`/api/tasks?box=todo&formId=${formId}&limit=2`);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).not.toBeNull();
    const second = await people.manager.client.get<InboxBody>(`/api/tasks?box=todo&formId=${formId}&limit=2&cursor=${first.body.nextCursor ?? ''}`);
    const seen = [...first.body.items, ...second.body.items].map((item) => item.task?.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe((await people.manager.client.get<Record<string, number>>(`/api/tasks/counts?formId=${formId}`)).body.todo);
    const forged = await people.manager.client.get<ErrorBody>(`/api/tasks?box=todo&cursor=bm9wZQ`);
    expect(forged.status).toBe(400);
    expect(forged.body.error.code).toBe('invalid_cursor');
    expect((await people.manager.client.get<ErrorBody>('/api/tasks?box=everything')).status).toBe(400);
  });
});

describe('admin actions on a flow', () => {
  it('ends, reactivates and reassigns; others may not', async () => {
    const recordId = await submit('管理员');
    expect((await people.rep.client.post(`/api/records/${recordId}/flow/end`, {})).status).toBe(403);
    const ended = await admin.post<OutcomeBody>(`/api/records/${recordId}/flow/end`, { comment: '作废' });
    expect(ended.body.flow.state).toBe('ended');
    expect((await admin.post<ErrorBody>(`/api/records/${recordId}/flow/end`, {})).status).toBe(409);
    const reopened = await admin.post<OutcomeBody>(`/api/records/${recordId}/flow/reactivate`, {});
    expect(reopened.body.flow).toMatchObject({ state: 'in_progress', assignees: [people.manager.id] });
    const taskId = await taskOf(people.manager.client, recordId);
    const reassigned = await admin.post<OutcomeBody>(`/api/records/${recordId}/flow/reassign`, { taskId, to: people.director.id });
    expect(reassigned.body.flow.assignees).toEqual([people.director.id]);
    expect((await people.manager.client.post<ErrorBody>(`/api/tasks/${taskId}/approve`, {})).status).toBe(409);
    const timeline = await admin.get<{ items: { action: string; actor: string | null }[] }>(`/api/records/${recordId}/flow`);
    expect(timeline.body.items.map((item) => item.action)).toEqual(expect.arrayContaining(['ended', 'reactivated', 'reassigned']));
  });
});

describe('notifications', () => {
  it("lists one's own newest first and marks them read", async () => {
    const { client } = people.manager;
    const unread = await client.get<{ items: { id: string; kind: string; readAt: string | null }[] }>('/api/notifications?unread=true');
    expect(unread.body.items.length).toBeGreaterThan(0);
    expect(unread.body.items.every((item) => item.readAt === null)).toBe(true);
    const first = unread.body.items[0]?.id ?? '';
    // Someone else's ids are ignored.
    expect((await people.rep.client.post<{ changed: number }>('/api/notifications/read', { ids: [first] })).body.changed).toBe(0);
    const total = (await client.get<Counts>('/api/notifications/counts')).body.total;
    expect((await client.post<{ changed: number }>('/api/notifications/read', { ids: [first] })).body.changed).toBe(1);
    expect((await client.get<Counts>('/api/notifications/counts')).body.total).toBe(total - 1);
    expect((await client.post<{ changed: number }>('/api/notifications/read', { all: true })).body.changed).toBe(total - 1);
    expect((await client.get<Counts>('/api/notifications/counts')).body).toEqual({ total: 0, byKind: {} });
  });
});
