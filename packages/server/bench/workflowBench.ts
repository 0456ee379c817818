import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { advanceWorkflow, startInstance, type OrgDirectory, type WorkflowInstance, type WorkflowSchema } from '@formwork/runtime';
import { publishNewForm } from '../src/records/testing/publishForm.js';
import { TestClient } from '../src/testing/TestClient.js';
import { twentyFieldForm } from './benchForms.js';
import { adminPassword, startBenchServer } from './submitThroughput.js';

/** Median, 95th percentile and count of a list of times (ms). */
export interface Timings {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
}

/** What the workflow bench measured. */
export interface WorkflowBenchResult {
  readonly instances: number;
  readonly seedMs: number;
  /** `POST /api/tasks/:id/approve`, one caller, each approval finishing its flow. */
  readonly approve: Timings;
  /** `PATCH /api/records/:id` of a record of the same form without a workflow, interleaved with the approvals. */
  readonly patch: Timings;
  /** `GET /api/tasks?box=todo` for the one approver holding every open task. */
  readonly inbox: Timings;
  readonly openTasksAtInbox: number;
  /** Pure `advanceWorkflow` approvals per second, in this process. */
  readonly engineTransitionsPerSecond: number;
  /** Answers other than 200 among the measured requests. */
  readonly failures: number;
}

/**
 * The approval workflow at scale (#12), against the built server in its own process on SQLite:
 * `instances` flows in flight (submitted through the API, 8 callers), every one waiting on one
 * manager. Then, one caller: the manager's todo inbox `inboxCalls` times (10,000 open tasks),
 * and `actions` approvals interleaved with as many plain record PATCHes of the same 20-field form
 * without a workflow (same run, same conditions), so their ratio is what running the flow costs
 * (aim ≤ 2×). Last, the engine alone: approvals of a three-node chain per second (pure, no I/O).
 */
export async function runWorkflowBench(instances: number, actions: number, inboxCalls = 50): Promise<WorkflowBenchResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'formwork-bench-workflow-'));
  const server = await startBenchServer({ dataDir, databaseUrl: null });
  try {
    const admin = new TestClient(server.url);
    await expectStatus(admin.post('/api/auth/login', { username: 'admin', password: adminPassword }), 200, 'admin login');
    const manager = await expectStatus(admin.post<{ id: string }>('/api/users', { username: 'bench-manager', password: 'bench-manager-password', name: '经理', role: 'member' }), 201, 'manager');
    const managerClient = new TestClient(server.url);
    await expectStatus(managerClient.post('/api/auth/login', { username: 'bench-manager', password: 'bench-manager-password' }), 200, 'manager login');

    const flowForm = await publishNewForm(admin, twentyFieldForm);
    const plainForm = await publishNewForm(admin, twentyFieldForm);
    await expectStatus(admin.put(`/api/forms/${flowForm}/workflow`, { schema: approvalChain(flowForm, manager.id) }), 200, 'workflow draft');
    await expectStatus(admin.post(`/api/forms/${flowForm}/workflow/publish`, {}), 200, 'workflow publish');

    // Seed: the flows, and the records the PATCHes change.
    const seedStarted = performance.now();
    let next = 0;
    const seed = async (client: TestClient) => {
      for (let index = next++; index < instances; index = next++) await expectStatus(client.post(`/api/forms/${flowForm}/records`, { data: recordData(index) }), 201, 'submit');
    };
    await Promise.all(Array.from({ length: 8 }, () => seed(admin)));
    const plainIds: string[] = [];
    for (let index = 0; index < actions; index++) plainIds.push((await expectStatus(admin.post<{ id: string }>(`/api/forms/${plainForm}/records`, { data: recordData(index) }), 201, 'submit')).id);
    const seedMs = performance.now() - seedStarted;

    let failures = 0;
    const timed = async (times: number[], request: () => Promise<{ status: number }>) => {
      const started = performance.now();
      const { status } = await request();
      times.push(performance.now() - started);
      if (status !== 200) failures++;
    };

    const counts = await expectStatus(managerClient.get<{ todo: number }>('/api/tasks/counts'), 200, 'counts');
    const inboxTimes: number[] = [];
    for (let call = 0; call < 3; call++) await managerClient.get('/api/tasks?box=todo'); // warm-up
    for (let call = 0; call < inboxCalls; call++) await timed(inboxTimes, () => managerClient.get('/api/tasks?box=todo'));

    // The oldest tasks, which the inbox pages would reach last: the page walk is not measured.
    const taskIds: string[] = [];
    let cursor: string | null = null;
    while (taskIds.length < actions) {
      const page: { items: { task: { id: string } | null }[]; nextCursor: string | null } = await expectStatus(
        managerClient.get(`/api/tasks?box=todo&limit=200${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`),
        200,
        'inbox page',
      );
      for (const item of page.items) if (item.task) taskIds.push(item.task.id);
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }

    const approveTimes: number[] = [];
    const patchTimes: number[] = [];
    for (let index = 0; index < Math.min(actions, taskIds.length, plainIds.length); index++) {
      await timed(approveTimes, () => managerClient.post(`/api/tasks/${taskIds[index] ?? ''}/approve`, { comment: '同意' }));
      await timed(patchTimes, () => admin.patch(`/api/records/${plainIds[index] ?? ''}`, { data: { f_qty: index % 50, f_ref: `PATCH-${index}` } }, { headers: { 'if-match': '"1"' } }));
    }

    return {
      instances,
      seedMs,
      approve: timingsOf(approveTimes),
      patch: timingsOf(patchTimes),
      inbox: timingsOf(inboxTimes),
      openTasksAtInbox: counts.todo,
      engineTransitionsPerSecond: measureEngine(),
      failures,
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** start → 经理审批 (the manager) → end. */
function approvalChain(formId: string, managerId: string): WorkflowSchema {
  return {
    kind: 'workflow',
    schemaVersion: 2,
    title: '订单审批',
    formId,
    nodes: [
      { id: 'n_start', type: 'start', name: '发起' },
      { id: 'n_manager', type: 'approval', name: '经理审批', mode: 'any', assignees: [{ kind: 'member', userId: managerId }] },
      { id: 'n_end', type: 'end', name: '结束' },
    ],
    edges: [
      { id: 'e1', from: 'n_start', to: 'n_manager' },
      { id: 'e2', from: 'n_manager', to: 'n_end' },
    ],
  } as WorkflowSchema;
}

/**
 * Engine approvals per second over about two seconds: a three-approver chain (u_a → u_b → u_c),
 * each instance started and approved to its end, counting the approvals only.
 */
function measureEngine(): number {
  const approvers = ['u_a', 'u_b', 'u_c'];
  const schema = {
    kind: 'workflow',
    schemaVersion: 2,
    title: 'bench',
    formId: 'frm_bench',
    nodes: [
      { id: 'n_start', type: 'start', name: 'start' },
      ...approvers.map((userId) => ({ id: `n_${userId}`, type: 'approval', name: userId, mode: 'any', assignees: [{ kind: 'member', userId }] })),
      { id: 'n_end', type: 'end', name: 'end' },
    ],
    edges: ['n_start', ...approvers.map((userId) => `n_${userId}`), 'n_end'].slice(0, -1).map((from, index, all) => ({ id: `e${index}`, from, to: all[index + 1] ?? 'n_end' })),
  } as WorkflowSchema;
  const directory: OrgDirectory = { users: [{ id: 'u_rep', departmentIds: [], roles: [] }, ...approvers.map((id) => ({ id, departmentIds: [], roles: [] }))], departments: [] };
  let ids = 0;
  const context = { schema, record: { f_title: 'x' }, directory, now: () => 1_700_000_000_000, newId: (kind: string) => `${kind}_${String(++ids)}` };
  let transitions = 0;
  const started = performance.now();
  while (performance.now() - started < 2000) {
    const begun = startInstance(schema, { id: `r_${String(ids)}`, values: context.record }, 'u_rep', { workflowVersion: 1, directory, now: context.now, newId: context.newId });
    if (!begun.ok) throw new Error(`engine start refused: ${begun.error.code}`);
    let instance: WorkflowInstance = begun.instance;
    for (const userId of approvers) {
      const task = instance.tasks.find((candidate) => candidate.state === 'open' && candidate.assignee === userId);
      if (!task) throw new Error(`no open task for ${userId}`);
      const result = advanceWorkflow(instance, { type: 'approve', taskId: task.id, by: userId }, context);
      if (!result.ok) throw new Error(`engine approve refused: ${result.error.code}`);
      instance = result.instance;
      transitions++;
    }
  }
  return (transitions / (performance.now() - started)) * 1000;
}

function recordData(index: number): Record<string, unknown> {
  return { f_customer: `客户 ${index}`, f_qty: index % 50, f_price: 100 + (index % 900), f_amount: (index * 13) % 100_000, f_ref: `REF-${index}` };
}

function timingsOf(times: number[]): Timings {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95) };
}

async function expectStatus<T>(request: Promise<{ status: number; body: T }>, status: number, what: string): Promise<T> {
  const response = await request;
  if (response.status !== status) throw new Error(`${what}: ${String(response.status)} ${JSON.stringify(response.body)}`);
  return response.body;
}
