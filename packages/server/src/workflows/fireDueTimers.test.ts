import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordBody } from '../records/testing/publishForm.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import type { TestClient } from '../testing/TestClient.js';
import { fireDueTimers } from './fireDueTimers.js';

const hour = 3_600_000;
let server: TestServer;
let rep: TestClient;
let director: { id: string; client: TestClient };
let formId: string;

beforeAll(async () => {
  server = await startTestServer();
  const admin = await server.loginAsAdmin();
  rep = (await server.createUser({ username: 'rep' })).client;
  const manager = await server.createUser({ username: 'manager' });
  const created = await server.createUser({ username: 'director' });
  director = { id: created.user.id, client: created.client };
  const appId = (await admin.post<{ id: string }>('/api/apps', { name: '定时' })).body.id;
  formId = (await admin.post<{ id: string }>(`/api/apps/${appId}/forms`, { schema: { kind: 'form', schemaVersion: 1, title: '申请', fields: [{ id: 'f_title', type: 'text', label: '标题' }] } })).body.id;
  await admin.post(`/api/forms/${formId}/publish`, {});
  const schema = {
    kind: 'workflow',
    schemaVersion: 2,
    title: '超时',
    formId,
    nodes: [
      { id: 'n_start', type: 'start', name: '发起' },
      { id: 'n_auto', type: 'approval', name: '经理', mode: 'any', assignees: [{ kind: 'member', userId: manager.user.id }], due: { hours: 1, action: 'autoApprove' } },
      { id: 'n_remind', type: 'approval', name: '总监', mode: 'any', assignees: [{ kind: 'member', userId: director.id }], due: { hours: 24, action: 'remind' } },
      { id: 'n_end', type: 'end', name: '结束' },
    ],
    edges: [
      { id: 'e1', from: 'n_start', to: 'n_auto' },
      { id: 'e2', from: 'n_auto', to: 'n_remind' },
      { id: 'e3', from: 'n_remind', to: 'n_end' },
    ],
  };
  const { documents } = server.context.stores;
  await documents.create({ id: 'wfl_timers', kind: 'workflow', appId, formId, draft: schema as never, createdBy: null, createdAt: server.clock.now() });
  await documents.publish('wfl_timers', { draftRevision: 1, schema: schema as never, publishedAt: server.clock.now(), publishedBy: null });
});
afterAll(() => server.close());

describe('fireDueTimers', () => {
  it('fires what fell due while nobody ran it, once, on the injected clock, in one process at a time', async () => {
    const record = await rep.post<RecordBody & { flow: { nodes: { id: string }[] } }>(`/api/forms/${formId}/records`, { data: { f_title: '请假' } });
    expect(record.body.flow.nodes.map((node) => node.id)).toEqual(['n_auto']);
    expect(await fireDueTimers(server.context, 'a')).toEqual({ ran: true, fired: 0, stale: 0 });

    // Five hours with no scheduler running: the one-hour auto-approve fires at the next round.
    server.clock.advance(5 * hour);
    expect(await fireDueTimers(server.context, 'a')).toEqual({ ran: true, fired: 1, stale: 0 });
    expect(await fireDueTimers(server.context, 'a')).toEqual({ ran: true, fired: 0, stale: 0 });
    // Another process holds no lease while this one does.
    expect(await fireDueTimers(server.context, 'b')).toEqual({ ran: false, fired: 0, stale: 0 });
    const flow = await rep.get<{ flow: { nodes: { id: string }[] }; items: { action: string }[] }>(`/api/records/${record.body.id}/flow`);
    expect(flow.body.flow.nodes.map((node) => node.id)).toEqual(['n_remind']);
    expect(flow.body.items.map((item) => item.action)).toContain('autoApproved');

    const reminders = async () => (await director.client.get<{ byKind: Record<string, number> }>('/api/notifications/counts')).body.byKind.remind ?? 0;
    expect(await reminders()).toBe(0);
    server.clock.advance(25 * hour);
    expect((await fireDueTimers(server.context, 'a')).fired).toBe(1);
    expect(await reminders()).toBe(1);
  });

  it('clears a timer whose flow moved on without it', async () => {
    const { flowTimers } = server.context.stores;
    const [instance] = await server.sql<{ id: string; record_id: string }>('SELECT id, record_id FROM flow_instances LIMIT 1');
    await flowTimers.set([{ id: 'tmr_orphan', instanceId: instance?.id ?? '', recordId: instance?.record_id ?? '', visitId: 'vis_gone', nodeId: 'n_auto', kind: 'autoApprove', dueAt: server.clock.now() - 1 }]);
    expect(await fireDueTimers(server.context, 'a')).toMatchObject({ ran: true, stale: 1 });
    expect((await flowTimers.listByInstance(instance?.id ?? '')).map((timer) => timer.id)).not.toContain('tmr_orphan');
  });
});
