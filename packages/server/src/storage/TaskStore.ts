import type { TaskKind, TaskOutcome, WorkflowTask } from '@formwork/runtime';
import type { FlowInstanceSummary } from './FlowInstanceStore.js';

/** An inbox: the tasks to do, those done, the flows one started, and the copies one was sent. */
export type InboxBox = 'todo' | 'done' | 'initiated' | 'cc';

/** The engine's task kinds, and `cc`: a copy (抄送) kept in the recipient's inbox. */
export type FlowTaskKind = TaskKind | 'cc';

/**
 * A task as the inbox keeps it: the engine's `WorkflowTask` with the record, form and instance it
 * belongs to, and who closed it (the engine's task says when and how, not by whom: an admin's
 * reassignment or a timer closes tasks that are not theirs).
 */
export interface FlowTask {
  readonly id: string;
  readonly instanceId: string;
  readonly recordId: string;
  readonly formId: string;
  readonly nodeId: string;
  readonly kind: FlowTaskKind;
  readonly assignee: string;
  /** `cc` copies are `open` until read, then `done`. */
  readonly state: WorkflowTask['state'];
  readonly outcome: TaskOutcome | null;
  readonly openedAt: number;
  readonly closedAt: number | null;
  /** Who closed it; null while open, or when the system did (a timer, a pass). */
  readonly closedBy: string | null;
}

/** One line of an inbox: the task (null in the `initiated` box, which lists flows) and its flow. */
export interface InboxItem {
  readonly task: FlowTask | null;
  readonly flow: FlowInstanceSummary;
}

/** Where the next page starts: the last item's sort time and id (newest first). */
export interface InboxCursor {
  readonly at: number;
  readonly id: string;
}

export interface InboxPageRequest {
  readonly userId: string;
  readonly box: InboxBox;
  /** Only this form's tasks. */
  readonly formId?: string | undefined;
  readonly cursor?: InboxCursor | undefined;
  readonly limit: number;
}

export interface InboxPage {
  readonly items: InboxItem[];
  /** null on the last page. */
  readonly next: InboxCursor | null;
}

/**
 * The inbox: every task the engine opened, mirrored into rows (the instance's JSON keeps them
 * too, but cannot be queried by person), plus `cc` copies. Written from a transition's effects in
 * its transaction (`put`: upsert by id, so `openTasks` and `closeTasks` both go through it); which
 * tasks change is decided by the instance's compare-and-set, not here.
 *
 * Boxes, newest first, each served by one index range (see the migration `flows`):
 * - `todo`: the user's open approve/submit tasks, by opening time (`flow_tasks_inbox`, or
 *   `flow_tasks_inbox_form` with a form filter: (assignee, box, [form,] time, id));
 * - `done`: their tasks that are done (approved, rejected, returned, transferred…; not cancelled),
 *   by closing time (same indexes);
 * - `cc`: copies sent to them, read or not, by time (same indexes);
 * - `initiated`: the flows they started, by start time (`flow_instances_initiator[_form]`).
 * Counts are ranges of the same indexes. Waiting and cancelled tasks are in no box.
 */
export interface TaskStore {
  /** Inserts the tasks, or replaces those with the same id (a closed task as it is now). */
  put(tasks: readonly FlowTask[]): Promise<void>;
  findById(id: string): Promise<FlowTask | undefined>;
  /** Every task of an instance, in the order they were opened. */
  listByInstance(instanceId: string): Promise<FlowTask[]>;
  /** Whether the user holds or held a task of the record (an assignee may read it, outside their row scope). */
  hasTaskOnRecord(userId: string, recordId: string): Promise<boolean>;
  /**
   * The user's latest task on the record that they hold or held — open, done or cancelled, copies
   * included; not a `waiting` one, which was never theirs yet — by opening time (then id). Its node
   * says what they may see of the record outside their row scope.
   */
  latestHeldTaskOnRecord(userId: string, recordId: string): Promise<FlowTask | undefined>;
  page(request: InboxPageRequest): Promise<InboxPage>;
  /** How many items each box holds for the user (with `formId`: that form's only). */
  countBoxes(userId: string, formId?: string): Promise<Readonly<Record<InboxBox, number>>>;
}
