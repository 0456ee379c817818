import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
interface BoxCounts {
  todo: number;
  unreadNotifications: number;
}
interface NotificationsBody {
  items: { id: string; kind: string; recordId: string; taskId: string | null; initiator: string | null; readAt: string | null }[];
}

let server: TestServer;
let formId: string;
let people: QuoteFlowServer['people'];
let submit: QuoteFlowServer['submit'];

beforeAll(async () => {
  ({ server, formId, people, submit } = await startQuoteFlowServer());
});
afterAll(() => server.close());

async function taskOf(client: TestClient, recordId: string): Promise<string> {
  const items = (await client.get<InboxBody>(`/api/tasks?box=todo&formId=${formId}&limit=200`)).body.items.filter((item) => item.flow.recordId === recordId);
  expect(items).toHaveLength(1);
  return items[0]?.task?.id ?? '';
}

describe('notifications for the header and the initiator\'s urge', () => {
  it('answers the unread notifications with the box counts, in one call', async () => {
    const before = (await people.manager.client.get<BoxCounts>('/api/tasks/counts')).body;
    await submit('通知计数');
    const after = (await people.manager.client.get<BoxCounts>('/api/tasks/counts')).body;
    expect(after.todo).toBe(before.todo + 1);
    expect(after.unreadNotifications).toBe(before.unreadNotifications + 1);
    // One form's counts are its boxes only.
    expect((await people.manager.client.get<Record<string, number>>(`/api/tasks/counts?formId=${formId}`)).body).toEqual({ todo: after.todo, done: 0, initiated: 0, cc: 0 });
    expect((await people.manager.client.post('/api/notifications/read', { all: true })).status).toBe(200);
    expect((await people.manager.client.get<BoxCounts>('/api/tasks/counts')).body.unreadNotifications).toBe(0);
  });

  it('names who started the flow on each notification', async () => {
    const recordId = await submit('谁发起');
    const items = (await people.manager.client.get<NotificationsBody>('/api/notifications')).body.items;
    const mine = items.find((item) => item.recordId === recordId);
    expect(mine).toMatchObject({ kind: 'task', initiator: people.rep.id, readAt: null });
    expect(mine?.taskId).toBe(await taskOf(people.manager.client, recordId));
  });

  it('lets the initiator urge on the record: the holder is told, the timeline says who urged', async () => {
    const recordId = await submit('催办');
    server.clock.advance(60_000);
    const urged = await people.rep.client.post<OutcomeBody>(`/api/records/${recordId}/urge`, {});
    expect(urged.status).toBe(200);
    expect(urged.body.flow.assignees).toEqual([people.manager.id]);
    const items = (await people.manager.client.get<NotificationsBody>('/api/notifications?unread=true')).body.items;
    expect(items.filter((item) => item.recordId === recordId).map((item) => item.kind)).toEqual(['urge', 'task']);
    const timeline = (await people.rep.client.get<{ items: { action: string; actor: string | null }[] }>(`/api/records/${recordId}/flow`)).body.items;
    expect(timeline.at(-1)).toMatchObject({ action: 'urged', actor: people.rep.id });
    // Again at once: 429 with when to try, in the caller's language, and nobody is told twice.
    const again = await people.rep.client.post<ErrorBody>(`/api/records/${recordId}/urge?lang=en`, {});
    expect(again.status).toBe(429);
    expect(again.body.error).toMatchObject({ code: 'urged_recently', message: 'Already urged; you can urge again in 10 min' });
    expect((await people.manager.client.get<NotificationsBody>('/api/notifications?unread=true')).body.items.filter((item) => item.recordId === recordId && item.kind === 'urge')).toHaveLength(1);
    server.clock.advance(10 * 60_000);
    expect((await people.rep.client.post(`/api/records/${recordId}/urge`, {})).status).toBe(200);
  });

  it('refuses anyone else\'s urge, a stranger\'s without telling the record exists, and a finished flow\'s', async () => {
    const recordId = await submit('不许催');
    const byManager = await people.manager.client.post<ErrorBody>(`/api/records/${recordId}/urge`, {});
    expect(byManager.status).toBe(403);
    expect((await people.director.client.post<ErrorBody>(`/api/records/${recordId}/urge`, {})).status).toBe(404);
    expect((await people.manager.client.post(`/api/tasks/${await taskOf(people.manager.client, recordId)}/approve`, {})).status).toBe(200);
    expect((await people.rep.client.post<ErrorBody>(`/api/records/${recordId}/urge`, {})).status).toBe(409);
  });
});
