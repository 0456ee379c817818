import { advanceWorkflow, startInstance, type OrgDirectory, type WorkflowInstance, type WorkflowResult, type WorkflowSchema } from '@formwork/runtime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteStores } from './sqlite/createSqliteStores.js';
import { migrateDatabase } from './sqlite/migrateDatabase.js';
import { openDatabase, type SqliteDatabase } from './sqlite/openDatabase.js';
import type { Stores } from './Stores.js';
import { addUser, newRecord, sampleColumns, seedForm } from './testing/contract/seedContractData.js';
import { writeFlowTransition } from './writeFlowTransition.js';

// The engine's transitions written through the stores as the server will: start, a race of two
// approvals, a cc, a reminder timer, and the end — what each inbox, timeline and outbox holds.

const schema: WorkflowSchema = {
  kind: 'workflow',
  schemaVersion: 2,
  title: '合同审批',
  formId: 'f',
  nodes: [
    { id: 'n_start', type: 'start', name: '发起' },
    { id: 'n_manager', type: 'approval', name: '经理', assignees: [{ kind: 'member', userId: 'u2' }], mode: 'any', due: { hours: 24, action: 'remind' } },
    { id: 'n_cc', type: 'cc', name: '抄送财务', recipients: [{ kind: 'member', userId: 'u3' }] },
    { id: 'n_finance', type: 'approval', name: '财务', assignees: [{ kind: 'member', userId: 'u3' }], mode: 'any' },
    { id: 'n_end', type: 'end', name: '结束' },
  ],
  edges: [
    { id: 'e1', from: 'n_start', to: 'n_manager' },
    { id: 'e2', from: 'n_manager', to: 'n_cc' },
    { id: 'e3', from: 'n_cc', to: 'n_finance' },
    { id: 'e4', from: 'n_finance', to: 'n_end' },
  ],
};

const directory: OrgDirectory = {
  departments: [],
  users: ['u1', 'u2', 'u3'].map((id) => ({ id, departmentIds: [], roles: [] })),
};

let db: SqliteDatabase;
let stores: Stores;
let clock: number;
let ids: number;
const newId = (prefix: string): string => `${prefix}_${String(++ids)}`;
const context = () => ({ schema, record: { f_name: 'n1' }, directory, now: () => clock, newId });

beforeEach(async () => {
  db = openDatabase(':memory:');
  migrateDatabase(db, () => 1);
  stores = createSqliteStores(db);
  clock = Date.UTC(2025, 0, 6, 1);
  ids = 0;
  await seedForm(stores);
  await addUser(stores, 'u3', 'Carol');
  await stores.records.insert(newRecord('r1', { f_name: 'n1' }), sampleColumns);
});
afterEach(() => db.close());

function accepted(result: WorkflowResult): Extract<WorkflowResult, { ok: true }> {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message.en}`);
  return result;
}

async function start(): Promise<WorkflowInstance> {
  const started = accepted(startInstance(schema, { id: 'r1', values: { f_name: 'n1' } }, 'u1', { workflowVersion: 1, directory, now: () => clock, newId }));
  expect(await stores.transaction((tx) => writeFlowTransition(tx, { ...started, expectedRevision: null, actor: 'u1', now: clock, newId }))).toBe(true);
  return started.instance;
}

/** Approves the task on behalf of its assignee, from the instance as `read` (maybe stale). */
function approve(read: WorkflowInstance, taskId: string, by: string): Promise<boolean> {
  const result = accepted(advanceWorkflow(read, { type: 'approve', taskId, by, comment: '同意' }, context()));
  return stores.transaction(async (tx) => {
    const written = await writeFlowTransition(tx, { ...result, expectedRevision: read.revision, actor: by, now: clock, newId });
    // As the server does: a lost race answers 409, and rolls back whatever it had begun.
    if (!written) throw new Error('stale flow');
    return written;
  });
}

const inbox = async (userId: string) => {
  const boxes = await stores.tasks.countBoxes(userId);
  const todo = (await stores.tasks.page({ userId, box: 'todo', limit: 10 })).items.map((item) => item.task?.nodeId);
  return { boxes, todo };
};

describe('writeFlowTransition', () => {
  it('starts a flow: the instance, the approver’s task and notification, the timer, the timeline', async () => {
    const instance = await start();
    expect((await stores.flowInstances.findByRecord('r1'))?.instance).toEqual(instance);
    expect((await stores.flowInstances.findByRecord('r1'))?.flowState).toMatchObject({ status: 'in_progress', nodes: [{ id: 'n_manager' }], assignees: ['u2'] });
    expect(await inbox('u2')).toEqual({ boxes: { todo: 1, done: 0, initiated: 0, cc: 0 }, todo: ['n_manager'] });
    expect((await inbox('u1')).boxes).toEqual({ todo: 0, done: 0, initiated: 1, cc: 0 });
    expect(await stores.notifications.countUnread('u2')).toEqual({ total: 1, byKind: { task: 1 } });
    expect(await stores.flowTimers.listByInstance(instance.id)).toEqual([
      expect.objectContaining({ nodeId: 'n_manager', kind: 'remind', dueAt: clock + 24 * 3_600_000, recordId: 'r1' }),
    ]);
    expect((await stores.flowLog.listByRecord('r1')).map((entry) => entry.action)).toEqual(instance.log.map((entry) => entry.action));
    // A second start on the same record loses to the live flow, and writes nothing.
    const again = accepted(startInstance(schema, { id: 'r1', values: {} }, 'u1', { workflowVersion: 1, directory, now: () => clock, newId }));
    expect(await stores.transaction((tx) => writeFlowTransition(tx, { ...again, expectedRevision: null, actor: 'u1', now: clock, newId }))).toBe(false);
    expect(await stores.tasks.listByInstance(again.instance.id)).toEqual([]);
  });

  it('two approvals of one task from the same read: one is written, the other writes nothing', async () => {
    const instance = await start();
    const taskId = instance.tasks.find((task) => task.state === 'open')?.id ?? '';
    clock += 60_000;
    const outcomes = await Promise.allSettled([approve(instance, taskId, 'u2'), approve(instance, taskId, 'u2')]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);

    expect(await stores.tasks.findById(taskId)).toMatchObject({ state: 'done', outcome: 'approved', closedBy: 'u2', closedAt: clock });
    expect(await inbox('u2')).toEqual({ boxes: { todo: 0, done: 1, initiated: 0, cc: 0 }, todo: [] });
    // Finance is copied and then asked: a cc copy and a task, a notification for each.
    expect(await inbox('u3')).toEqual({ boxes: { todo: 1, done: 0, initiated: 0, cc: 1 }, todo: ['n_finance'] });
    expect(await stores.notifications.countUnread('u3')).toEqual({ total: 2, byKind: { cc: 1, task: 1 } });
    // The manager's reminder went with the node.
    expect(await stores.flowTimers.listByInstance(instance.id)).toEqual([]);
    const timeline = await stores.flowLog.listByRecord('r1');
    expect(timeline.filter((entry) => entry.action === 'approved')).toEqual([expect.objectContaining({ actor: 'u2', comment: '同意', taskId })]);
    expect(timeline.map((entry) => entry.seq)).toEqual(timeline.map((_, index) => index + 1));
  });

  it('finishes: no open task or timer is left, and the initiator is told', async () => {
    let read = await start();
    for (const [nodeId, by] of [['n_manager', 'u2'], ['n_finance', 'u3']] as const) {
      clock += 60_000;
      const taskId = read.tasks.find((task) => task.state === 'open' && task.nodeId === nodeId)?.id ?? '';
      expect(await approve(read, taskId, by)).toBe(true);
      read = (await stores.flowInstances.findById(read.id))?.instance ?? read;
    }
    expect(read.status).toBe('completed');
    expect((await stores.flowInstances.findByRecord('r1'))?.flowState).toMatchObject({ status: 'completed', assignees: [] });
    expect((await stores.tasks.listByInstance(read.id)).filter((task) => task.state === 'open' && task.kind !== 'cc')).toEqual([]);
    expect(await stores.flowTimers.nextDueAt()).toBeUndefined();
    expect((await stores.notifications.countUnread('u1')).byKind).toEqual({ finished: 1 });
    const [initiated] = (await stores.tasks.page({ userId: 'u1', box: 'initiated', limit: 1 })).items;
    expect(initiated?.flow).toMatchObject({ status: 'completed', finishedAt: clock });
  });
});
