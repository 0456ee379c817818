import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApprovalNode, WorkflowNode, WorkflowSchema, WorkflowSettings } from '../documents/workflow/WorkflowSchema.js';
import { advanceWorkflow } from './advanceWorkflow.js';
import { startInstance } from './startInstance.js';
import { approval, chain, end, org, start, testContext, workflow } from './testing/workflowFixtures.js';
import type { WorkflowAction } from './WorkflowAction.js';
import type { WorkflowInstance } from './WorkflowInstance.js';

const users = org.users.map((user) => user.id);
const nodeIds = ['n_start', 'n_a', 'n_b', 'n_c', 'n_fin', 'n_legal', 'n_end', 'n_nowhere'];

const nodeOptions = fc.record(
  {
    mode: fc.constantFrom('any', 'all', 'sequence'),
    onReject: fc.constantFrom('end', 'returnToStart'),
    returnTo: fc.constantFrom('previous', 'chosen'),
    afterReturn: fc.constantFrom('flowForward', 'backToReturner'),
    whenNoAssignee: fc.constantFrom('autoApprove', 'toAdmin'),
    due: fc.constantFrom(
      { hours: 4, action: 'remind' },
      { hours: 4, action: 'remind', repeatHours: 2 },
      { hours: 8, action: 'autoApprove' },
      { hours: 8, action: 'autoReturn' },
    ),
  },
  { requiredKeys: ['mode'] },
) as fc.Arbitrary<Partial<ApprovalNode>>;

const assigneeLists = fc.constantFrom<ApprovalNode['assignees']>(
  [{ kind: 'managerChain', levels: 1 }],
  [{ kind: 'managerChain', levels: 3 }],
  [{ kind: 'role', role: 'finance' }],
  [{ kind: 'member', userId: 'u_director' }, { kind: 'member', userId: 'u_ceo' }],
  [{ kind: 'memberField', fieldId: 'f_owner' }],
  [{ kind: 'initiator' }, { kind: 'member', userId: 'u_manager' }],
);

const settings: fc.Arbitrary<WorkflowSettings> = fc.record(
  { withdraw: fc.constantFrom('never', 'untilActed', 'anyTime'), skipRepeatedApprover: fc.boolean() },
  { requiredKeys: [] },
);

const node = (id: string) => fc.tuple(nodeOptions, assigneeLists).map(([options, assignees]) => approval(id, { ...options, assignees }));

const chains = fc.tuple(node('n_a'), node('n_b'), node('n_c'), settings).map(([a, b, c, s]) => chain([a, b, c], s));

const parallels = fc.tuple(node('n_a'), node('n_fin'), node('n_legal'), settings).map(([a, fin, legal, s]) => {
  const nodes: WorkflowNode[] = [
    start,
    a,
    { id: 'n_fork', type: 'parallel', name: 'fork', gateway: 'fork' },
    fin,
    legal,
    { id: 'n_join', type: 'parallel', name: 'join', gateway: 'join' },
    { id: 'n_cc', type: 'cc', name: 'cc', recipients: [{ kind: 'initiator' }] },
    end,
  ];
  const pairs = [
    ['n_start', 'n_a'],
    ['n_a', 'n_fork'],
    ['n_fork', 'n_fin'],
    ['n_fork', 'n_legal'],
    ['n_fin', 'n_join'],
    ['n_legal', 'n_join'],
    ['n_join', 'n_cc'],
    ['n_cc', 'n_end'],
  ] as const;
  return workflow(nodes, pairs.map(([from, to], index) => ({ id: `e_${index}`, from, to })), s);
});

/** An action by a random person, mostly on tasks that exist (open or not), sometimes on nothing. */
const actionPicks = fc.record({
  kind: fc.constantFrom('approve', 'approve', 'approve', 'reject', 'return', 'transfer', 'addApprover', 'submit', 'saveDraft', 'withdraw', 'urge', 'end', 'reactivate', 'reassign', 'timerFired'),
  who: fc.constantFrom(...users),
  holder: fc.boolean(),
  pick: fc.nat(),
  target: fc.option(fc.constantFrom(...nodeIds), { nil: undefined }),
  other: fc.constantFrom(...users),
  position: fc.constantFrom('before', 'after', 'parallel'),
  edit: fc.boolean(),
});

type Pick = typeof actionPicks extends fc.Arbitrary<infer T> ? T : never;

function toAction(instance: WorkflowInstance, pick: Pick): WorkflowAction {
  const tasks = instance.tasks;
  const task = tasks.length === 0 ? undefined : tasks[pick.pick % tasks.length];
  const taskId = task?.id ?? 'task_none';
  // Half the time the task's own holder acts: random people alone would rarely move the flow.
  const by = pick.holder && task !== undefined ? task.assignee : pick.who;
  const data = pick.edit ? { f_amount: pick.pick } : undefined;
  switch (pick.kind) {
    case 'approve':
      return { type: 'approve', taskId, by, ...(data === undefined ? {} : { data }) };
    case 'reject':
      return { type: 'reject', taskId, by };
    case 'return':
      return { type: 'return', taskId, by, ...(pick.target === undefined ? {} : { target: pick.target }) };
    case 'transfer':
      return { type: 'transfer', taskId, by, to: pick.other };
    case 'addApprover':
      return { type: 'addApprover', taskId, by, users: [pick.other], position: pick.position };
    case 'submit':
      return { type: 'submit', taskId, by, ...(data === undefined ? {} : { data }) };
    case 'saveDraft':
      return { type: 'saveDraft', taskId, by, data: data ?? {} };
    case 'reassign':
      return { type: 'reassign', taskId, by: pick.holder ? 'u_admin' : pick.who, to: pick.other };
    case 'timerFired': {
      const timer = instance.timers.length === 0 ? undefined : instance.timers[pick.pick % instance.timers.length];
      return { type: 'timerFired', timerId: timer?.id ?? 'timer_none' };
    }
    case 'reactivate':
      return { type: 'reactivate', by: pick.holder ? 'u_admin' : pick.who, ...(pick.target === undefined ? {} : { nodeId: pick.target }) };
    default:
      return { type: pick.kind, by: pick.holder ? instance.initiator : pick.who };
  }
}

const pendingTaskIds = (instance: WorkflowInstance) => instance.tasks.filter((task) => task.state === 'open').map((task) => task.id).sort();

function checkInvariants(instance: WorkflowInstance): void {
  const open = instance.tasks.filter((task) => task.state === 'open' || task.state === 'waiting');
  if (instance.status === 'in_progress') {
    // An open instance always waits for someone or something.
    expect(open.some((task) => task.state === 'open') || instance.timers.length > 0).toBe(true);
  } else {
    expect(open).toEqual([]);
    expect(instance.timers).toEqual([]);
  }
  expect(instance.log.map((entry) => entry.seq)).toEqual(instance.log.map((_, index) => index + 1));
  expect(JSON.parse(JSON.stringify(instance))).toEqual(instance);
}

function run(schema: WorkflowSchema, amount: number, picks: readonly Pick[]): void {
  const context = testContext(schema, { f_amount: amount, f_owner: 'u_rep2' });
  const started = startInstance(schema, { id: 'r_1', values: context.record }, 'u_rep', { ...context, workflowVersion: 1 });
  if (!started.ok) throw new Error(started.error.code);
  let instance = started.instance;
  // The host's mirror of open tasks and timers, kept only from effects.
  const inbox = new Set(started.effects.openTasks.map((task) => task.id));
  const timers = new Set(started.effects.setTimers.map((timer) => timer.id));
  checkInvariants(instance);
  for (const pick of picks) {
    context.advanceClock(3_600_000);
    const action = toAction(instance, pick);
    const result = advanceWorkflow(instance, action, context);
    if (!result.ok) {
      expect([403, 404, 409, 422]).toContain(result.error.status);
      continue;
    }
    const { instance: next, effects } = result;
    if ('taskId' in action && action.type !== 'reassign') {
      // Nobody acts on a task that is not theirs.
      expect(instance.tasks.find((task) => task.id === action.taskId)?.assignee).toBe(action.by);
    }
    // Every transition is logged, and the effects carry exactly the new entries.
    expect(effects.log.length).toBeGreaterThan(0);
    expect(next.log).toEqual([...instance.log, ...effects.log]);
    expect(next.revision).toBe(instance.revision + 1);
    for (const task of effects.closeTasks) inbox.delete(task.id);
    for (const task of effects.openTasks) inbox.add(task.id);
    for (const id of effects.clearTimers) timers.delete(id);
    for (const timer of effects.setTimers) timers.add(timer.id);
    expect([...inbox].sort()).toEqual(pendingTaskIds(next));
    expect([...timers].sort()).toEqual(next.timers.map((timer) => timer.id).sort());
    expect(effects.flowState.status).toBe(next.status);
    expect([...effects.flowState.assignees].sort()).toEqual([...new Set(next.tasks.filter((task) => task.state === 'open').map((task) => task.assignee))].sort());
    expect(JSON.parse(JSON.stringify(effects))).toEqual(effects);
    checkInvariants(next);
    instance = next;
  }
}

describe('advanceWorkflow, by property', () => {
  it('random actions by random people on chains never reach an invalid state', () => {
    fc.assert(fc.property(chains, fc.integer({ min: 0, max: 1_000_000 }), fc.array(actionPicks, { maxLength: 40 }), run), { numRuns: 150 });
  });

  it('random actions by random people on parallel flows never reach an invalid state', () => {
    fc.assert(fc.property(parallels, fc.integer({ min: 0, max: 1_000_000 }), fc.array(actionPicks, { maxLength: 40 }), run), { numRuns: 150 });
  });
});
