import type { FlowState, WorkflowInstance } from '@formwork/runtime';
import { expect, it } from 'vitest';
import { sampleFormSchema } from '../../../testing/sampleFormSchema.js';
import type { FlowLogEntry } from '../../FlowLogStore.js';
import type { FlowTimer } from '../../FlowTimerStore.js';
import type { NewFlowNotification } from '../../NotificationStore.js';
import type { Stores } from '../../Stores.js';
import type { FlowTask, InboxBox, InboxItem } from '../../TaskStore.js';
import type { OpenStores } from './OpenStores.js';
import { newRecord, sampleColumns, seedForm } from './seedContractData.js';
import { useStores } from './useStores.js';

/** A bare instance of form `f` started by `u1`: the store keeps the engine's JSON as it is. */
const instanceOf = (id: string, recordId: string, revision = 1, extra: Partial<WorkflowInstance> = {}): WorkflowInstance => ({
  id,
  recordId,
  formId: 'f',
  workflowVersion: 1,
  initiator: 'u1',
  status: 'in_progress',
  startedAt: 100,
  revision,
  epoch: 0,
  actedSinceSubmit: false,
  visits: [{ id: 'v1', nodeId: 'n_manager', state: 'active', arrivedAt: 100, scope: [] }],
  tasks: [],
  timers: [],
  log: [],
  ...extra,
});

const flowAt = (assignees: readonly string[], status: FlowState['status'] = 'in_progress'): FlowState => ({
  status,
  nodes: status === 'in_progress' ? [{ id: 'n_manager', name: '经理审批' }] : [],
  assignees,
});

const task = (id: string, extra: Partial<FlowTask> = {}): FlowTask => ({
  id,
  instanceId: 'i1',
  recordId: 'r1',
  formId: 'f',
  nodeId: 'n_manager',
  kind: 'approve',
  assignee: 'u2',
  state: 'open',
  outcome: null,
  openedAt: 200,
  closedAt: null,
  closedBy: null,
  ...extra,
});

const logEntry = (seq: number, extra: Partial<FlowLogEntry> = {}): FlowLogEntry => ({
  instanceId: 'i1',
  recordId: 'r1',
  seq,
  at: 100 + seq,
  action: 'approved',
  actor: 'u2',
  nodeId: 'n_manager',
  taskId: 't1',
  comment: '同意 / OK',
  signatureFileId: null,
  users: [],
  targetNodeId: null,
  reason: null,
  ...extra,
});

const timer = (id: string, dueAt: number, extra: Partial<FlowTimer> = {}): FlowTimer => ({
  id,
  instanceId: 'i1',
  recordId: 'r1',
  visitId: 'v1',
  nodeId: 'n_manager',
  kind: 'remind',
  dueAt,
  ...extra,
});

const notification = (id: string, createdAt: number, extra: Partial<NewFlowNotification> = {}): NewFlowNotification => ({
  id,
  userId: 'u2',
  kind: 'task',
  recordId: 'r1',
  formId: 'f',
  instanceId: 'i1',
  taskId: 't1',
  nodeId: 'n_manager',
  status: null,
  message: { 'zh-CN': '有新的待办', en: 'You have a new task' },
  createdAt,
  ...extra,
});

/** Form `f` with records `r1`…`r{records}`, users `u1` (Alice) `u2` (Bob) `u3`, and instance `i1` on `r1`. */
async function seedFlow(stores: Stores, records = 1): Promise<void> {
  await seedForm(stores);
  await stores.users.create({ id: 'u3', username: 'Carol', name: 'Carol', role: 'member', departmentId: null, locale: null, passwordHash: 'h', createdAt: 1 });
  for (let index = 1; index <= records; index++) await stores.records.insert(newRecord(`r${String(index)}`, { f_name: `n${String(index)}` }), sampleColumns);
  expect(await stores.flowInstances.create(instanceOf('i1', 'r1'), flowAt(['u2']), 100)).toBe(true);
}

/** Every page of a box, following the cursors. */
async function wholeBox(stores: Stores, userId: string, box: InboxBox, limit: number, formId?: string): Promise<InboxItem[]> {
  const items: InboxItem[] = [];
  let cursor: { at: number; id: string } | undefined;
  for (;;) {
    const page = await stores.tasks.page({ userId, box, formId, cursor, limit });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    if (page.next === null) return items;
    cursor = page.next;
  }
}

/**
 * The workflow runtime's stores (instances, tasks and the inbox, log, timers, notifications):
 * one winner per compare-and-set, timers and the outbox handed out once under concurrency, box
 * pages and counts, and a transition's writes all rolled back together.
 */
export function flowsContract(open: OpenStores): void {
  const current = useStores(open);

  it('flow instances: the engine JSON comes back as saved, one live instance per record', async () => {
    const stores = current();
    await seedFlow(stores, 2);
    const stored = await stores.flowInstances.findById('i1');
    expect(stored?.instance).toEqual(instanceOf('i1', 'r1'));
    expect(stored?.flowState).toEqual(flowAt(['u2']));
    expect((await stores.flowInstances.findByRecord('r1'))?.instance.id).toBe('i1');
    expect(await stores.flowInstances.findByRecord('r2')).toBeUndefined();
    // A second live flow for r1 is refused, whatever its id; one for r2 is fine.
    expect(await stores.flowInstances.create(instanceOf('i2', 'r1'), flowAt(['u2']), 100)).toBe(false);
    expect(await stores.flowInstances.findById('i2')).toBeUndefined();
    expect(await stores.flowInstances.create(instanceOf('i3', 'r2'), flowAt(['u3']), 100)).toBe(true);
    // Once r1's flow is finished a new one may start, and becomes the record's flow.
    const done = instanceOf('i1', 'r1', 2, { status: 'completed', finishedAt: 150 });
    expect(await stores.flowInstances.save(done, flowAt([], 'completed'), 1, 150)).toBe(true);
    expect((await stores.flowInstances.findByRecord('r1'))?.instance.status).toBe('completed');
    expect(await stores.flowInstances.create(instanceOf('i2', 'r1', 1, { startedAt: 90 }), flowAt(['u2']), 160)).toBe(true);
    expect((await stores.flowInstances.findByRecord('r1'))?.instance.id).toBe('i2');
    const summaries = await stores.flowInstances.summariesOf(['r1', 'r2', 'nope']);
    expect([...summaries.keys()].sort()).toEqual(['r1', 'r2']);
    expect(summaries.get('r1')).toMatchObject({ id: 'i2', status: 'in_progress', initiator: 'u1', formId: 'f', workflowVersion: 1, finishedAt: null, startedAt: 90 });
    expect(summaries.get('r2')?.flowState.assignees).toEqual(['u3']);
    expect((await stores.flowInstances.summariesOf([])).size).toBe(0);
  });

  it("flow instances: a change flow never stands for the record's own flow, live or finished", async () => {
    const stores = current();
    await seedFlow(stores);
    const approved = instanceOf('i1', 'r1', 2, { status: 'completed', finishedAt: 150 });
    expect(await stores.flowInstances.save(approved, flowAt([], 'completed'), 1, 150)).toBe(true);
    const change = { proposedBy: 'u2', diff: { amount: { before: 1, after: 2 } } };
    expect(await stores.flowInstances.create(instanceOf('c1', 'r1', 1, { startedAt: 200, initiator: 'u2', change }), flowAt(['u3']), 200)).toBe(true);
    // While it runs, the change flow is the live one, and only it is asked for as a change.
    expect((await stores.flowInstances.findByRecord('r1'))?.instance.id).toBe('i1');
    expect((await stores.flowInstances.findByRecord('r1', 'record'))?.flowState.status).toBe('completed');
    expect((await stores.flowInstances.findByRecord('r1', 'change'))?.instance).toEqual(instanceOf('c1', 'r1', 1, { startedAt: 200, initiator: 'u2', change }));
    expect((await stores.flowInstances.findByRecord('r1', 'any'))?.instance.id).toBe('c1');
    expect((await stores.flowInstances.summariesOf(['r1'])).get('r1')).toMatchObject({ id: 'i1', status: 'completed', flowState: { status: 'completed' } });
    // Rejected and started last, it is still not the record's flow.
    const rejected = instanceOf('c1', 'r1', 2, { startedAt: 200, initiator: 'u2', change, status: 'rejected', finishedAt: 250 });
    expect(await stores.flowInstances.save(rejected, flowAt([], 'rejected'), 1, 250)).toBe(true);
    expect((await stores.flowInstances.findByRecord('r1'))?.instance.id).toBe('i1');
    expect((await stores.flowInstances.findByRecord('r1', 'any'))?.instance.id).toBe('c1');
    expect((await stores.flowInstances.findByRecord('r1', 'change'))?.flowState.status).toBe('rejected');
    expect((await stores.flowInstances.summariesOf(['r1'])).get('r1')).toMatchObject({ id: 'i1', status: 'completed' });
  });

  it('flow instances: save is a compare-and-set on the revision', async () => {
    const stores = current();
    await seedFlow(stores);
    expect(await stores.flowInstances.save(instanceOf('i1', 'r1', 2), flowAt(['u3']), 1, 120)).toBe(true);
    // Someone who read revision 1 is too late, and changes nothing.
    expect(await stores.flowInstances.save(instanceOf('i1', 'r1', 2, { epoch: 9 }), flowAt(['u2']), 1, 130)).toBe(false);
    const stored = await stores.flowInstances.findById('i1');
    expect(stored?.instance.epoch).toBe(0);
    expect(stored?.flowState.assignees).toEqual(['u3']);
    expect(stored?.updatedAt).toBe(120);
    expect(await stores.flowInstances.save(instanceOf('missing', 'r1', 2), flowAt([]), 1, 130)).toBe(false);
  });

  it('flow instances: 20 people closing one task at once — one transition wins, the others change nothing', async () => {
    const stores = current();
    await seedFlow(stores);
    await stores.tasks.put([task('t1')]);
    const people = Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? 'u2' : 'u3'));
    const outcomes = await Promise.allSettled(
      people.map((person, index) =>
        stores.transaction(async (tx) => {
          // Everyone read revision 1 before acting; each transition writes what the engine said.
          const next = instanceOf('i1', 'r1', 2, { actedSinceSubmit: true, epoch: index });
          if (!(await tx.flowInstances.save(next, flowAt([], 'completed'), 1, 300 + index))) throw new Error('stale');
          await tx.tasks.put([task('t1', { state: 'done', outcome: 'approved', closedAt: 300 + index, closedBy: person })]);
          await tx.flowLog.append([logEntry(1, { actor: person, at: 300 + index })]);
          return index;
        }),
      ),
    );
    const winners = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    expect(winners).toHaveLength(1);
    for (const outcome of outcomes) if (outcome.status === 'rejected') expect(String(outcome.reason)).toContain('stale');
    const winner = winners[0] ?? -1;
    expect((await stores.flowInstances.findById('i1'))?.instance.epoch).toBe(winner);
    expect(await stores.tasks.findById('t1')).toMatchObject({ state: 'done', closedBy: people[winner], closedAt: 300 + winner });
    expect((await stores.flowLog.listByRecord('r1')).map((entry) => entry.actor)).toEqual([people[winner]]);
  });

  it('a transition rolled back leaves nothing: instance, tasks, log, timers, notifications', async () => {
    const stores = current();
    await seedFlow(stores, 2);
    await expect(
      stores.transaction(async (tx) => {
        expect(await tx.flowInstances.create(instanceOf('i2', 'r2'), flowAt(['u2']), 100)).toBe(true);
        expect(await tx.flowInstances.save(instanceOf('i1', 'r1', 2), flowAt(['u3']), 1, 120)).toBe(true);
        await tx.tasks.put([task('t2', { instanceId: 'i2', recordId: 'r2' })]);
        await tx.flowLog.append([logEntry(1, { instanceId: 'i2', recordId: 'r2' })]);
        await tx.flowTimers.set([timer('tm1', 500, { instanceId: 'i2', recordId: 'r2' })]);
        await tx.notifications.add([notification('n1', 100, { instanceId: 'i2', recordId: 'r2' })]);
        // The transaction sees its own writes…
        expect((await tx.tasks.page({ userId: 'u2', box: 'todo', limit: 10 })).items).toHaveLength(1);
        throw new Error('engine refused');
      }),
    ).rejects.toThrow('engine refused');
    // …and nothing of them is left.
    expect(await stores.flowInstances.findById('i2')).toBeUndefined();
    expect((await stores.flowInstances.findById('i1'))?.instance.revision).toBe(1);
    expect(await stores.tasks.findById('t2')).toBeUndefined();
    expect(await stores.flowLog.listByRecord('r2')).toEqual([]);
    expect(await stores.flowTimers.nextDueAt()).toBeUndefined();
    expect((await stores.notifications.countUnread('u2')).total).toBe(0);
    expect(await stores.notifications.drainOutbox(1_000, 10)).toEqual([]);
  });

  it('tasks: put inserts and replaces by id; a record is readable by those who hold or held its tasks', async () => {
    const stores = current();
    await seedFlow(stores, 2);
    await stores.tasks.put([task('t1'), task('t2', { assignee: 'u3', openedAt: 199 })]);
    expect(await stores.tasks.findById('t1')).toEqual(task('t1'));
    await stores.tasks.put([task('t1', { state: 'done', outcome: 'returned', closedAt: 250, closedBy: 'u2' })]);
    expect(await stores.tasks.findById('t1')).toMatchObject({ state: 'done', outcome: 'returned', closedAt: 250, closedBy: 'u2' });
    expect((await stores.tasks.listByInstance('i1')).map((found) => found.id)).toEqual(['t2', 't1']);
    expect(await stores.tasks.findById('nope')).toBeUndefined();
    expect(await stores.tasks.hasTaskOnRecord('u2', 'r1')).toBe(true);
    expect(await stores.tasks.hasTaskOnRecord('u2', 'r2')).toBe(false);
    expect(await stores.tasks.hasTaskOnRecord('u1', 'r1')).toBe(false);
  });

  it('tasks: the latest task a user holds or held on a record, by opening time — waiting ones were never theirs', async () => {
    const stores = current();
    await seedFlow(stores, 2);
    expect(await stores.flowInstances.create(instanceOf('i2', 'r2'), flowAt(['u3']), 100)).toBe(true);
    await stores.tasks.put([
      task('t1', { state: 'done', outcome: 'approved', closedAt: 210, closedBy: 'u2' }),
      task('t3', { nodeId: 'n_cc', kind: 'cc', openedAt: 230 }),
      // Opened later, but queued behind another approver (依次): not held yet.
      task('t4', { nodeId: 'n_finance', state: 'waiting', openedAt: 240 }),
      task('t5', { assignee: 'u3', openedAt: 250 }),
      task('t6', { recordId: 'r2', instanceId: 'i2', assignee: 'u3', state: 'waiting', openedAt: 260 }),
    ]);
    expect(await stores.tasks.latestHeldTaskOnRecord('u2', 'r1')).toEqual(task('t3', { nodeId: 'n_cc', kind: 'cc', openedAt: 230 }));
    expect((await stores.tasks.latestHeldTaskOnRecord('u3', 'r1'))?.id).toBe('t5');
    expect(await stores.tasks.latestHeldTaskOnRecord('u2', 'r2')).toBeUndefined();
    expect(await stores.tasks.latestHeldTaskOnRecord('u3', 'r2')).toBeUndefined();
    expect(await stores.tasks.latestHeldTaskOnRecord('u1', 'r1')).toBeUndefined();
    // Equal opening times: the id decides, as everywhere else.
    await stores.tasks.put([task('t7', { state: 'cancelled', outcome: null, openedAt: 230, closedAt: 260 })]);
    expect((await stores.tasks.latestHeldTaskOnRecord('u2', 'r1'))?.id).toBe('t7');
  });

  it('inbox: each box newest first, paged by cursor across equal times, filtered by form, counted', async () => {
    const stores = current();
    await seedFlow(stores, 3);
    await stores.forms.create({ id: 'g', appId: 'app', draft: sampleFormSchema(), createdBy: null, createdAt: 1 });
    await stores.records.insert({ ...newRecord('rg', { f_name: 'g' }), formId: 'g' }, sampleColumns);
    expect(await stores.flowInstances.create({ ...instanceOf('ig', 'rg', 1, { startedAt: 300 }), formId: 'g' }, flowAt(['u2']), 300)).toBe(true);
    expect(await stores.flowInstances.create(instanceOf('i2', 'r2', 1, { startedAt: 200, initiator: 'u2' }), flowAt(['u2']), 200)).toBe(true);
    expect(await stores.flowInstances.create(instanceOf('i3', 'r3', 1, { startedAt: 250 }), flowAt(['u2']), 250)).toBe(true);
    const onG = { instanceId: 'ig', recordId: 'rg', formId: 'g' };
    await stores.tasks.put([
      // u2's open tasks: three at the same time (the id decides), one on form g, one earlier.
      task('a1', { openedAt: 500 }),
      task('a3', { openedAt: 500 }),
      task('a2', { openedAt: 500, instanceId: 'i3', recordId: 'r3' }),
      task('a4', { openedAt: 400, ...onG }),
      task('a0', { openedAt: 100, kind: 'submit' }),
      // Done ones order by closing time, not opening.
      task('d1', { openedAt: 50, state: 'done', outcome: 'approved', closedAt: 700, closedBy: 'u2' }),
      task('d2', { openedAt: 60, state: 'done', outcome: 'approved', closedAt: 600, closedBy: 'u2', ...onG }),
      // In no box: waiting behind added approvers, cancelled by a return.
      task('w1', { openedAt: 800, state: 'waiting' }),
      task('c1', { openedAt: 800, state: 'cancelled', outcome: 'cancelled', closedAt: 810 }),
      // Copies, read or not.
      task('cc1', { kind: 'cc', openedAt: 900 }),
      task('cc2', { kind: 'cc', openedAt: 950, state: 'done', closedAt: 960, closedBy: 'u2', ...onG }),
      // Someone else's.
      task('x1', { assignee: 'u3', openedAt: 990 }),
    ]);

    const ids = (items: readonly InboxItem[]) => items.map((item) => item.task?.id ?? item.flow.id);
    for (const limit of [1, 2, 10]) {
      expect(ids(await wholeBox(stores, 'u2', 'todo', limit))).toEqual(['a3', 'a2', 'a1', 'a4', 'a0']);
      expect(ids(await wholeBox(stores, 'u2', 'done', limit))).toEqual(['d1', 'd2']);
      expect(ids(await wholeBox(stores, 'u2', 'cc', limit))).toEqual(['cc2', 'cc1']);
      expect(ids(await wholeBox(stores, 'u1', 'initiated', limit))).toEqual(['ig', 'i3', 'i1']);
    }
    expect(ids(await wholeBox(stores, 'u2', 'todo', 2, 'f'))).toEqual(['a3', 'a2', 'a1', 'a0']);
    expect(ids(await wholeBox(stores, 'u2', 'todo', 2, 'g'))).toEqual(['a4']);
    expect(ids(await wholeBox(stores, 'u1', 'initiated', 1, 'g'))).toEqual(['ig']);
    expect(ids(await wholeBox(stores, 'u2', 'initiated', 1))).toEqual(['i2']);
    expect(await wholeBox(stores, 'u1', 'todo', 5)).toEqual([]);

    // An item carries its task and where its flow stands.
    const [first] = (await stores.tasks.page({ userId: 'u2', box: 'todo', limit: 1 })).items;
    expect(first?.task).toEqual(task('a3', { openedAt: 500 }));
    expect(first?.flow).toEqual({ id: 'i1', recordId: 'r1', formId: 'f', workflowVersion: 1, initiator: 'u1', status: 'in_progress', flowState: flowAt(['u2']), startedAt: 100, finishedAt: null });
    const [started] = (await stores.tasks.page({ userId: 'u1', box: 'initiated', limit: 1 })).items;
    expect(started?.task).toBeNull();
    expect(started?.flow).toMatchObject({ id: 'ig', formId: 'g', recordId: 'rg' });

    expect(await stores.tasks.countBoxes('u2')).toEqual({ todo: 5, done: 2, initiated: 1, cc: 2 });
    expect(await stores.tasks.countBoxes('u2', 'g')).toEqual({ todo: 1, done: 1, initiated: 0, cc: 1 });
    expect(await stores.tasks.countBoxes('u1')).toEqual({ todo: 0, done: 0, initiated: 3, cc: 0 });
    expect(await stores.tasks.countBoxes('u3', 'f')).toEqual({ todo: 1, done: 0, initiated: 0, cc: 0 });

    // A task moves between boxes as it is written again.
    await stores.tasks.put([task('a1', { openedAt: 500, state: 'done', outcome: 'approved', closedAt: 1_000, closedBy: 'u2' })]);
    expect(ids(await wholeBox(stores, 'u2', 'done', 10))).toEqual(['a1', 'd1', 'd2']);
    expect((await stores.tasks.countBoxes('u2')).todo).toBe(4);
  });

  it('inbox: 10,000 open tasks answer a page and the counts in well under 50 ms', async () => {
    const stores = current();
    await seedFlow(stores);
    await stores.forms.create({ id: 'g', appId: 'app', draft: sampleFormSchema(), createdBy: null, createdAt: 1 });
    await stores.records.insert({ ...newRecord('rg', { f_name: 'g' }), formId: 'g' }, sampleColumns);
    expect(await stores.flowInstances.create({ ...instanceOf('ig', 'rg'), formId: 'g' }, flowAt(['u2']), 100)).toBe(true);
    const many = Array.from({ length: 10_000 }, (_, index) =>
      task(`t${String(index).padStart(5, '0')}`, {
        openedAt: 1_000 + index,
        assignee: index % 10 === 0 ? 'u3' : 'u2',
        ...(index % 7 === 0 ? { instanceId: 'ig', recordId: 'rg', formId: 'g' } : {}),
        ...(index % 3 === 0 ? { state: 'done' as const, outcome: 'approved' as const, closedAt: 50_000 + index, closedBy: 'u2' } : {}),
      }),
    );
    await stores.transaction(async (tx) => tx.tasks.put(many));
    const fastest = async (work: () => Promise<unknown>): Promise<number> => {
      let best = Number.POSITIVE_INFINITY;
      for (let round = 0; round < 5; round++) {
        const started = performance.now();
        await work();
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const last = await stores.tasks.page({ userId: 'u2', box: 'todo', limit: 20 });
    expect(last.items).toHaveLength(20);
    expect(last.items[0]?.task?.id).toBe('t09998');
    const timings = {
      todo: await fastest(() => stores.tasks.page({ userId: 'u2', box: 'todo', limit: 20 })),
      later: await fastest(() => stores.tasks.page({ userId: 'u2', box: 'todo', limit: 20, cursor: { at: 5_000, id: 't04000' } })),
      form: await fastest(() => stores.tasks.page({ userId: 'u2', box: 'done', formId: 'g', limit: 20 })),
      counts: await fastest(() => stores.tasks.countBoxes('u2')),
      formCounts: await fastest(() => stores.tasks.countBoxes('u2', 'g')),
    };
    for (const [query, ms] of Object.entries(timings)) expect(ms, query).toBeLessThan(50);
    const expected = many.filter((one) => one.assignee === 'u2');
    expect(await stores.tasks.countBoxes('u2')).toEqual({
      todo: expected.filter((one) => one.state === 'open').length,
      done: expected.filter((one) => one.state === 'done').length,
      initiated: 0,
      cc: 0,
    });
  });

  it('log: appended in order per record, each transition entry once, never rewritten', async () => {
    const stores = current();
    await seedFlow(stores, 2);
    await stores.flowLog.append([
      logEntry(1, { action: 'submitted', actor: 'u1', comment: null, taskId: null }),
      logEntry(2, { action: 'arrived', actor: null, users: ['u2', 'u3'], reason: { 'zh-CN': '自动', en: 'automatic' } }),
    ]);
    expect(await stores.flowInstances.create(instanceOf('i2', 'r2'), flowAt([]), 100)).toBe(true);
    await stores.flowLog.append([logEntry(1, { instanceId: 'i2', recordId: 'r2', signatureFileId: 'fil_sig' })]);
    await stores.flowLog.append([logEntry(3, { action: 'returned', targetNodeId: 'n_start' })]);
    const timeline = await stores.flowLog.listByRecord('r1');
    expect(timeline.map((entry) => `${String(entry.seq)}:${entry.action}`)).toEqual(['1:submitted', '2:arrived', '3:returned']);
    expect(timeline[1]).toEqual(logEntry(2, { action: 'arrived', actor: null, users: ['u2', 'u3'], reason: { 'zh-CN': '自动', en: 'automatic' } }));
    expect((await stores.flowLog.listByRecord('r2'))[0]?.signatureFileId).toBe('fil_sig');
    // The same entry twice would duplicate the timeline: refused, and nothing else of the batch is kept.
    await expect(stores.transaction(async (tx) => tx.flowLog.append([logEntry(4), logEntry(2)]))).rejects.toThrow();
    expect(await stores.flowLog.listByRecord('r1')).toHaveLength(3);
    // A record deleted (softly) keeps its timeline.
    const record = await stores.records.findById('r1');
    await stores.records.setDeleted('r1', record?.version ?? 1, { deleted: true, at: 900, by: 'u1' }, sampleColumns);
    expect(await stores.flowLog.listByRecord('r1')).toHaveLength(3);
  });

  it('timers: set, moved, cleared; due ones claimed earliest first and not again while claimed', async () => {
    const stores = current();
    await seedFlow(stores);
    expect(await stores.flowTimers.nextDueAt()).toBeUndefined();
    await stores.flowTimers.set([timer('a', 300), timer('b', 100, { kind: 'autoApprove' }), timer('c', 200), timer('d', 900)]);
    expect(await stores.flowTimers.nextDueAt()).toBe(100);
    await stores.flowTimers.set([timer('d', 50)]);
    expect((await stores.flowTimers.listByInstance('i1')).map((found) => `${found.id}@${String(found.dueAt)}`)).toEqual(['d@50', 'b@100', 'c@200', 'a@300']);
    await stores.flowTimers.clear(['d', 'unknown']);
    expect(await stores.flowTimers.claimDue(99, 10)).toEqual([]);
    expect(await stores.flowTimers.claimDue(250, 1, { leaseMs: 1_000 })).toEqual([timer('b', 100, { kind: 'autoApprove' })]);
    expect((await stores.flowTimers.claimDue(250, 10, { leaseMs: 1_000 })).map((found) => found.id)).toEqual(['c']);
    // Claimed ones wait for their lease to lapse (a scheduler that died), then come back once.
    expect(await stores.flowTimers.claimDue(1_000, 10, { leaseMs: 1_000 })).toEqual([timer('a', 300)]);
    expect((await stores.flowTimers.claimDue(1_250, 10, { leaseMs: 1_000 })).map((found) => found.id)).toEqual(['b', 'c']);
    expect(await stores.flowTimers.claimDue(1_300, 10)).toEqual([]);
    // A moved timer is a new due time, unclaimed.
    await stores.flowTimers.set([timer('a', 1_200, { kind: 'autoReturn' })]);
    expect(await stores.flowTimers.claimDue(1_300, 10)).toEqual([timer('a', 1_200, { kind: 'autoReturn' })]);
    await stores.flowTimers.clear(['a', 'b', 'c']);
    expect(await stores.flowTimers.nextDueAt()).toBeUndefined();
  });

  it('timers: racing schedulers are each handed disjoint timers, every due one once', async () => {
    const stores = current();
    await seedFlow(stores);
    await stores.flowTimers.set(Array.from({ length: 40 }, (_, index) => timer(`tm${String(index).padStart(2, '0')}`, 100 + index)));
    const claims = await Promise.all(Array.from({ length: 12 }, () => stores.flowTimers.claimDue(1_000, 5)));
    const claimed = claims.flat().map((found) => found.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    const rest = await stores.flowTimers.claimDue(1_000, 100);
    expect([...claimed, ...rest.map((found) => found.id)].sort()).toEqual(Array.from({ length: 40 }, (_, index) => `tm${String(index).padStart(2, '0')}`));
  });

  it('notifications: per user, newest first, unread counts per kind, marked read only by their owner', async () => {
    const stores = current();
    await seedFlow(stores);
    await stores.notifications.add([
      notification('n1', 100),
      notification('n2', 200, { kind: 'urge', message: null, taskId: null }),
      notification('n3', 200, { kind: 'finished', status: 'completed', nodeId: null }),
      notification('n4', 300, { userId: 'u3', kind: 'cc' }),
    ]);
    const page1 = await stores.notifications.page('u2', { limit: 2 });
    expect(page1.items.map((found) => found.id)).toEqual(['n3', 'n2']);
    expect(page1.items[0]).toEqual({ ...notification('n3', 200, { kind: 'finished', status: 'completed', nodeId: null }), readAt: null });
    const page2 = await stores.notifications.page('u2', { limit: 2, cursor: page1.next ?? undefined });
    expect(page2.items.map((found) => found.id)).toEqual(['n1']);
    expect(page2.next).toBeNull();
    expect(await stores.notifications.countUnread('u2')).toEqual({ total: 3, byKind: { task: 1, urge: 1, finished: 1 } });
    // Bob cannot mark Carol's notification read; his own ones are marked once.
    expect(await stores.notifications.markRead('u2', ['n1', 'n4'], 400)).toBe(1);
    expect(await stores.notifications.markRead('u2', ['n1'], 500)).toBe(0);
    expect((await stores.notifications.countUnread('u3')).total).toBe(1);
    expect((await stores.notifications.page('u2', { unreadOnly: true, limit: 10 })).items.map((found) => found.id)).toEqual(['n3', 'n2']);
    expect((await stores.notifications.page('u2', { limit: 10 })).items.find((found) => found.id === 'n1')?.readAt).toBe(400);
    expect(await stores.notifications.markAllRead('u2', 600)).toBe(2);
    expect(await stores.notifications.countUnread('u2')).toEqual({ total: 0, byKind: {} });
    expect(await stores.notifications.markRead('u2', [], 700)).toBe(0);
  });

  it('notifications: the outbox hands each one out once, oldest first, also to racing senders', async () => {
    const stores = current();
    await seedFlow(stores);
    const all = Array.from({ length: 30 }, (_, index) => notification(`n${String(index).padStart(2, '0')}`, 100 + index, { userId: index % 2 === 0 ? 'u2' : 'u3' }));
    await stores.notifications.add(all);
    expect((await stores.notifications.drainOutbox(500, 3)).map((found) => found.id)).toEqual(['n00', 'n01', 'n02']);
    const drains = await Promise.all(Array.from({ length: 10 }, () => stores.notifications.drainOutbox(600, 4)));
    const drained = drains.flat().map((found) => found.id);
    expect(new Set(drained).size).toBe(drained.length);
    const rest = await stores.notifications.drainOutbox(700, 100);
    expect(['n00', 'n01', 'n02', ...drained, ...rest.map((found) => found.id)].sort()).toEqual(all.map((one) => one.id));
    expect(await stores.notifications.drainOutbox(800, 100)).toEqual([]);
    // Draining is not reading: the people still have them unread.
    expect((await stores.notifications.countUnread('u2')).total).toBe(15);
  });
}
