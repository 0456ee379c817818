import type { LocalizedText } from '../i18n/Locale.js';
import type { WorkflowEdge, WorkflowNode, WorkflowSchema } from '../documents/workflow/WorkflowSchema.js';
import { flowStateOfParts } from './flowStateOf.js';
import type { RecordValues, WorkflowContext } from './WorkflowContext.js';
import type { WorkflowEffects, WorkflowNotice } from './WorkflowEffects.js';
import { workflowError, type WorkflowError } from './WorkflowError.js';
import type { FlowStatus, LogAction, NodeVisit, WorkflowInstance, WorkflowLogEntry, WorkflowTask, WorkflowTimer } from './WorkflowInstance.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Thrown inside a transition to refuse it; `advanceWorkflow` turns it into `{ ok: false }`. */
export class TransitionRefused extends Error {
  constructor(readonly error: WorkflowError) {
    super(error.message.en);
  }
}

/** A log entry's details; undefined ones are left out of the entry. */
export type LogDetails = { readonly [K in keyof Omit<WorkflowLogEntry, 'seq' | 'at' | 'action'>]?: WorkflowLogEntry[K] | undefined };

/**
 * One transition's working copy of an instance: the engine's steps change it freely, and
 * `finish()` hands back the new instance with its effects, worked out by comparing against the
 * instance it started from (so a task opened and closed in one step never reaches the inbox).
 */
export class Transition {
  readonly now: number;
  readonly schema: WorkflowSchema;
  readonly instance: Mutable<Omit<WorkflowInstance, 'visits' | 'tasks' | 'timers' | 'log'>>;
  readonly visits: NodeVisit[];
  readonly tasks: WorkflowTask[];
  readonly timers: WorkflowTimer[];
  readonly log: WorkflowLogEntry[] = [];
  readonly notices: WorkflowNotice[] = [];
  /** The record as the flow sees it now: the context's values plus this transition's edits. */
  record: RecordValues;
  recordUpdate: Record<string, unknown> | undefined;
  applyChange: WorkflowInstance['change'] | undefined;
  /** Guards against a graph that loops through nodes nobody has to act on. */
  arrivals = 0;
  private readonly nodesById: Map<string, WorkflowNode>;
  private readonly before: WorkflowInstance;

  constructor(
    before: WorkflowInstance,
    readonly context: Omit<WorkflowContext, 'record'> & { readonly record: RecordValues },
  ) {
    this.before = before;
    this.now = context.now();
    this.schema = context.schema;
    const { visits, tasks, timers, log: _log, ...rest } = before;
    this.instance = { ...rest };
    this.visits = [...visits];
    this.tasks = [...tasks];
    this.timers = [...timers];
    this.record = context.record;
    this.recordUpdate = undefined;
    this.applyChange = undefined;
    this.nodesById = new Map(context.schema.nodes.map((node) => [node.id, node]));
  }

  node(nodeId: string): WorkflowNode {
    const node = this.nodesById.get(nodeId);
    if (node === undefined) {
      throw new TransitionRefused(
        workflowError('unknownNode', 422, { 'zh-CN': `流程中没有节点 ${nodeId}`, en: `The workflow has no node ${nodeId}` }, { nodeId }),
      );
    }
    return node;
  }

  hasNode(nodeId: string): boolean {
    return this.nodesById.has(nodeId);
  }

  outgoing(nodeId: string): WorkflowEdge[] {
    return this.schema.edges.filter((edge) => edge.from === nodeId);
  }

  get startNode(): WorkflowNode {
    const start = this.schema.nodes.find((node) => node.type === 'start');
    if (start === undefined) throw new Error('a parsed workflow has a start node');
    return start;
  }

  visit(visitId: string): NodeVisit {
    const visit = this.visits.find((candidate) => candidate.id === visitId);
    if (visit === undefined) throw new Error(`no visit ${visitId}`);
    return visit;
  }

  updateVisit(visitId: string, change: Partial<NodeVisit>): NodeVisit {
    const index = this.visits.findIndex((candidate) => candidate.id === visitId);
    const updated = { ...this.visits[index], ...change } as NodeVisit;
    this.visits[index] = updated;
    return updated;
  }

  addVisit(visit: NodeVisit): NodeVisit {
    this.visits.push(visit);
    return visit;
  }

  activeVisits(): NodeVisit[] {
    return this.visits.filter((visit) => visit.state === 'active');
  }

  task(taskId: string): WorkflowTask | undefined {
    return this.tasks.find((candidate) => candidate.id === taskId);
  }

  tasksOf(visitId: string): WorkflowTask[] {
    return this.tasks.filter((task) => task.visitId === visitId);
  }

  pendingTasks(): WorkflowTask[] {
    return this.tasks.filter((task) => task.state === 'open' || task.state === 'waiting');
  }

  /** The whole timeline so far: the instance's log, then this transition's entries. */
  fullLog(): readonly WorkflowLogEntry[] {
    return [...this.before.log, ...this.log];
  }

  openTask(visit: NodeVisit, kind: WorkflowTask['kind'], assignee: string, extra: Partial<Pick<WorkflowTask, 'base' | 'addedBy' | 'state'>> = {}): WorkflowTask {
    const task: WorkflowTask = {
      id: this.context.newId('task'),
      visitId: visit.id,
      nodeId: visit.nodeId,
      kind,
      assignee,
      state: extra.state ?? 'open',
      base: extra.base ?? true,
      ...(extra.addedBy === undefined ? {} : { addedBy: extra.addedBy }),
      epoch: this.instance.epoch,
      openedAt: this.now,
    };
    this.tasks.push(task);
    if (task.state === 'open') this.notify({ kind: 'task', to: [assignee], nodeId: visit.nodeId, taskId: task.id });
    return task;
  }

  updateTask(taskId: string, change: Partial<WorkflowTask>): WorkflowTask {
    const index = this.tasks.findIndex((candidate) => candidate.id === taskId);
    const updated = { ...this.tasks[index], ...change } as WorkflowTask;
    this.tasks[index] = updated;
    if (change.state === 'open') this.notify({ kind: 'task', to: [updated.assignee], nodeId: updated.nodeId, taskId });
    return updated;
  }

  closeTask(taskId: string, outcome: NonNullable<WorkflowTask['outcome']>, words: { comment?: string | undefined; signature?: string | undefined } = {}): WorkflowTask {
    return this.updateTask(taskId, {
      state: outcome === 'cancelled' ? 'cancelled' : 'done',
      outcome,
      closedAt: this.now,
      ...(words.comment === undefined ? {} : { comment: words.comment }),
      ...(words.signature === undefined ? {} : { signature: words.signature }),
    });
  }

  /** Cancels a visit's pending tasks (except `keep`) and its timers. */
  cancelPendingOf(visitId: string, keep?: string): void {
    for (const task of this.tasksOf(visitId)) {
      if ((task.state === 'open' || task.state === 'waiting') && task.id !== keep) this.closeTask(task.id, 'cancelled');
    }
  }

  setTimer(timer: Omit<WorkflowTimer, 'id'>): void {
    this.timers.push({ id: this.context.newId('timer'), ...timer });
  }

  clearTimer(timerId: string): void {
    const index = this.timers.findIndex((timer) => timer.id === timerId);
    if (index >= 0) this.timers.splice(index, 1);
  }

  clearTimersOf(visitId: string): void {
    for (const timer of this.timers.filter((candidate) => candidate.visitId === visitId)) this.clearTimer(timer.id);
  }

  /** Closes a visit: its pending tasks are cancelled and its timers cleared. */
  closeVisit(visitId: string, state: 'done' | 'cancelled'): void {
    this.cancelPendingOf(visitId);
    this.clearTimersOf(visitId);
    this.updateVisit(visitId, { state, closedAt: this.now });
  }

  addLog(action: LogAction, details: LogDetails = {}): void {
    const seq = this.before.log.length + this.log.length + 1;
    const entry: Record<string, unknown> = { seq, at: this.now, action };
    for (const [key, value] of Object.entries(details)) if (value !== undefined) entry[key] = value;
    this.log.push(entry as unknown as WorkflowLogEntry);
  }

  notify(notice: WorkflowNotice): void {
    if (notice.to.length > 0) this.notices.push(notice);
  }

  editRecord(data: RecordValues | undefined): void {
    if (data === undefined || Object.keys(data).length === 0) return;
    this.record = { ...this.record, ...data };
    this.recordUpdate = { ...this.recordUpdate, ...data };
  }

  /** Stops the flow: every pending task cancelled, every timer cleared, every active visit closed. */
  stop(status: Exclude<FlowStatus, 'in_progress'>, reason?: LocalizedText): void {
    const active = this.activeVisits();
    const stoppedAt = [...new Set(active.map((visit) => visit.nodeId))];
    for (const visit of active) this.closeVisit(visit.id, 'cancelled');
    for (const task of this.pendingTasks()) this.closeTask(task.id, 'cancelled');
    this.timers.length = 0;
    this.instance.status = status;
    this.instance.finishedAt = this.now;
    if (stoppedAt.length > 0) this.instance.stoppedAt = stoppedAt;
    else delete this.instance.stoppedAt;
    this.notify({ kind: 'finished', to: [this.instance.initiator], status });
    if (status === 'completed') {
      this.addLog('completed', reason === undefined ? {} : { reason });
      if (this.instance.change !== undefined) {
        this.applyChange = this.instance.change;
        this.addLog('changeApplied', { actor: this.instance.change.proposedBy });
      }
    }
  }

  /** The new instance and what the host must do, by comparison with the instance this began from. */
  finish(): { instance: WorkflowInstance; effects: WorkflowEffects } {
    const instance: WorkflowInstance = {
      ...this.instance,
      revision: this.before.revision + 1,
      visits: this.visits,
      tasks: this.tasks,
      timers: this.timers,
      log: [...this.before.log, ...this.log],
    };
    const wasOpen = new Set(this.before.tasks.filter((task) => task.state === 'open').map((task) => task.id));
    const isOpen = new Set(this.tasks.filter((task) => task.state === 'open').map((task) => task.id));
    const hadTimer = new Set(this.before.timers.map((timer) => timer.id));
    const hasTimer = new Set(this.timers.map((timer) => timer.id));
    const effects: WorkflowEffects = {
      openTasks: this.tasks.filter((task) => isOpen.has(task.id) && !wasOpen.has(task.id)),
      closeTasks: this.tasks.filter((task) => wasOpen.has(task.id) && !isOpen.has(task.id)),
      // A task opened and settled within this transition never reaches anyone's inbox.
      notices: this.notices.filter((notice) => notice.kind !== 'task' || (notice.taskId !== undefined && isOpen.has(notice.taskId))),
      setTimers: this.timers.filter((timer) => !hadTimer.has(timer.id)),
      clearTimers: this.before.timers.filter((timer) => !hasTimer.has(timer.id)).map((timer) => timer.id),
      flowState: flowStateOfParts(this.instance.status, this.visits, this.tasks, this.schema),
      log: this.log,
      ...(this.recordUpdate === undefined || this.instance.change !== undefined ? {} : { recordUpdate: this.recordUpdate }),
      ...(this.applyChange === undefined ? {} : { applyChange: this.applyChange.diff }),
    };
    return { instance, effects };
  }
}
