import { expect } from 'vitest';
import type { ApprovalNode, WorkflowEdge, WorkflowNode, WorkflowSchema, WorkflowSettings } from '../../documents/workflow/WorkflowSchema.js';
import { advanceWorkflow } from '../advanceWorkflow.js';
import { startInstance } from '../startInstance.js';
import type { WorkflowAction } from '../WorkflowAction.js';
import type { OrgDirectory, RecordValues, WorkflowContext, WorkflowIdKind } from '../WorkflowContext.js';
import type { WorkflowEffects } from '../WorkflowEffects.js';
import type { WorkflowError } from '../WorkflowError.js';
import type { WorkflowInstance, WorkflowTask } from '../WorkflowInstance.js';

/**
 * A small sales company: the CEO over sales (a director) and finance (the CFO); a team of two reps
 * under a manager; two finance clerks; an admin.
 */
export const org: OrgDirectory = {
  departments: [
    { id: 'd_root', parentId: null, managerId: 'u_ceo' },
    { id: 'd_sales', parentId: 'd_root', managerId: 'u_director' },
    { id: 'd_team', parentId: 'd_sales', managerId: 'u_manager' },
    { id: 'd_finance', parentId: 'd_root', managerId: 'u_cfo' },
  ],
  users: [
    { id: 'u_ceo', departmentIds: ['d_root'], roles: [] },
    { id: 'u_director', departmentIds: ['d_sales'], roles: ['director'] },
    { id: 'u_manager', departmentIds: ['d_team'], roles: ['manager'] },
    { id: 'u_rep', departmentIds: ['d_team'], roles: ['sales'] },
    { id: 'u_rep2', departmentIds: ['d_team'], roles: ['sales'] },
    { id: 'u_cfo', departmentIds: ['d_finance'], roles: ['finance'] },
    { id: 'u_fin1', departmentIds: ['d_finance'], roles: ['finance'] },
    { id: 'u_fin2', departmentIds: ['d_finance'], roles: ['finance'] },
    { id: 'u_gone', departmentIds: ['d_finance'], roles: ['finance'], active: false },
    { id: 'u_admin', departmentIds: ['d_root'], roles: [], admin: true },
  ],
};

export const start: WorkflowNode = { id: 'n_start', type: 'start', name: '发起' };
export const end: WorkflowNode = { id: 'n_end', type: 'end', name: '结束' };

export function approval(id: string, settings: Partial<ApprovalNode> = {}): ApprovalNode {
  return { id, type: 'approval', name: id, assignees: [{ kind: 'managerChain', levels: 1 }], mode: 'any', ...settings };
}

/** A workflow with these nodes and edges (start and end included by the caller). */
export function workflow(nodes: readonly WorkflowNode[], edges: readonly WorkflowEdge[], settings?: WorkflowSettings): WorkflowSchema {
  return { kind: 'workflow', schemaVersion: 2, title: 'Test', formId: 'f_orders', nodes, edges, ...(settings === undefined ? {} : { settings }) };
}

/** start → each node in turn → end. */
export function chain(nodes: readonly WorkflowNode[], settings?: WorkflowSettings): WorkflowSchema {
  const all = [start, ...nodes, end];
  const edges = all.slice(1).map((node, index) => ({ id: `e_${index + 1}`, from: all[index]?.id ?? '', to: node.id }));
  return workflow(all, edges, settings);
}

/** A context with a clock the test moves and ids counted per kind. */
export function testContext(schema: WorkflowSchema, record: RecordValues = {}, directory: OrgDirectory = org) {
  let clock = Date.UTC(2025, 0, 6, 1);
  const counters: Record<WorkflowIdKind, number> = { instance: 0, visit: 0, task: 0, timer: 0 };
  return {
    schema,
    record,
    directory,
    now: () => clock,
    newId: (kind: WorkflowIdKind) => `${kind}_${(counters[kind] += 1)}`,
    advanceClock: (ms: number) => {
      clock += ms;
    },
  };
}

type TestContext = ReturnType<typeof testContext>;

/**
 * Drives one record through a flow the way the host would: it keeps the instance, applies record
 * edits and change diffs, and remembers the last effects.
 */
export class FlowDriver {
  instance: WorkflowInstance;
  record: Record<string, unknown>;
  effects: WorkflowEffects;
  readonly context: TestContext;

  constructor(schema: WorkflowSchema, values: RecordValues = {}, initiator = 'u_rep', directory: OrgDirectory = org) {
    this.context = testContext(schema, values, directory);
    this.record = { ...values };
    const result = startInstance(schema, { id: 'r_1', values }, initiator, { ...this.context, workflowVersion: 1 });
    if (!result.ok) throw new Error(`start refused: ${result.error.code} ${result.error.message.en}`);
    this.instance = result.instance;
    this.effects = result.effects;
  }

  private contextNow(): WorkflowContext {
    return { ...this.context, record: this.record };
  }

  /** Applies an action that must succeed. */
  act(action: WorkflowAction): WorkflowEffects {
    const result = advanceWorkflow(this.instance, action, this.contextNow());
    if (!result.ok) throw new Error(`${action.type} refused: ${result.error.code} ${result.error.message.en}`);
    this.instance = result.instance;
    this.effects = result.effects;
    Object.assign(this.record, result.effects.recordUpdate ?? {});
    for (const [fieldId, change] of Object.entries(result.effects.applyChange ?? {})) this.record[fieldId] = change.after;
    return result.effects;
  }

  /** Applies an action that must be refused; the instance stays as it was. */
  refused(action: WorkflowAction): WorkflowError {
    const before = JSON.stringify(this.instance);
    const result = advanceWorkflow(this.instance, action, this.contextNow());
    if (result.ok) throw new Error(`${action.type} was not refused`);
    expect(JSON.stringify(this.instance)).toBe(before);
    return result.error;
  }

  /** The open task of this user (there must be exactly one). */
  taskOf(userId: string): WorkflowTask {
    const tasks = this.openTasks().filter((task) => task.assignee === userId);
    if (tasks.length !== 1) throw new Error(`${userId} has ${tasks.length} open tasks`);
    return tasks[0] as WorkflowTask;
  }

  openTasks(): WorkflowTask[] {
    return this.instance.tasks.filter((task) => task.state === 'open');
  }

  /** Who holds open tasks, sorted. */
  holders(): string[] {
    return this.openTasks().map((task) => task.assignee).sort();
  }

  approve(userId: string, extra: Partial<Extract<WorkflowAction, { type: 'approve' }>> = {}): WorkflowEffects {
    return this.act({ type: 'approve', taskId: this.taskOf(userId).id, by: userId, ...extra });
  }
}
