/** The approval inbox's JSON (`/api/tasks…`, `/api/records/:id/flow`), as the app reads it. */

export type InboxBox = 'todo' | 'done' | 'initiated' | 'cc';
export const inboxBoxes: readonly InboxBox[] = ['todo', 'initiated', 'done', 'cc'];

export type FlowStatus = 'in_progress' | 'completed' | 'rejected' | 'ended' | 'withdrawn';

/** Where a record stands in its flow: the nodes with open work and who holds them. */
export interface FlowView {
  readonly state: FlowStatus;
  readonly nodes: readonly { readonly id: string; readonly name: string }[];
  readonly assignees: readonly string[];
}

export interface TaskView {
  readonly id: string;
  readonly kind: 'approve' | 'submit' | 'cc';
  readonly recordId: string;
  readonly formId: string;
  readonly nodeId: string;
  readonly assignee: string;
  readonly state: 'open' | 'waiting' | 'done' | 'cancelled';
  readonly outcome: string | null;
  readonly openedAt: string;
  readonly closedAt: string | null;
}

export interface InboxItem {
  /** What the line is called, as the server computed it: the form's title and the record's serial number, first text field or submit date (never its id). */
  readonly title: string;
  /** null in the initiated box. */
  readonly task: TaskView | null;
  readonly flow: FlowView & { readonly instanceId: string; readonly recordId: string; readonly formId: string; readonly initiator: string; readonly startedAt: string; readonly finishedAt: string | null };
}

export interface InboxPage {
  readonly items: readonly InboxItem[];
  readonly nextCursor: string | null;
}

/** The header's one counts call: the boxes, and the unread notifications (absent from an older server). */
export type InboxCounts = Readonly<Record<InboxBox, number>> & { readonly unreadNotifications?: number };

export type NotificationKind = 'task' | 'returned' | 'cc' | 'urge' | 'remind' | 'finished';

/** An in-app notification (`/api/notifications`), one person's. */
export interface NotificationView {
  readonly id: string;
  readonly kind: NotificationKind;
  readonly recordId: string;
  readonly formId: string;
  /** The task it is about (a new task); null when it is about the record as a whole. */
  readonly taskId: string | null;
  readonly nodeId: string | null;
  /** finished: how the flow finished. */
  readonly status: FlowStatus | null;
  readonly message: Readonly<Record<string, string>> | null;
  readonly createdAt: string;
  readonly readAt: string | null;
  /** Who started the record's flow (user id). */
  readonly initiator: string | null;
}

export interface NotificationPage {
  readonly items: readonly NotificationView[];
  readonly nextCursor: string | null;
}

/** An action on a task, as its path names it. */
export type TaskAction = 'approve' | 'reject' | 'return' | 'transfer' | 'add-approver' | 'submit';

export interface OpenedTaskView {
  readonly task: TaskView;
  readonly node: { readonly id: string; readonly name: string; readonly type: string };
  /** Hidden fields are absent from `data`; every field shown is in `readOnly` or `editable`. */
  readonly record: {
    readonly id: string;
    readonly formId: string;
    readonly version: number;
    readonly data: Readonly<Record<string, unknown>>;
    readonly readOnly: readonly string[];
    readonly editable: readonly string[];
    readonly required: readonly string[];
  };
  readonly flow: FlowView;
  readonly actions: readonly string[];
}

export interface TaskActionBody {
  readonly comment?: string;
  /** The uploaded signature's file id. */
  readonly signature?: string;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly target?: string;
  readonly to?: readonly string[];
  /** add-approver: where the added people stand (the server's default is before). */
  readonly position?: ApproverPosition;
}

export type ApproverPosition = 'before' | 'after' | 'parallel';

export interface TimelineEntry {
  readonly seq: number;
  readonly at: string;
  readonly action: string;
  readonly actor: string | null;
  readonly actorName: string | null;
  readonly nodeId: string | null;
  readonly nodeName: string | null;
  readonly comment: string | null;
}

export interface FlowTimeline {
  readonly flow: (FlowView & { readonly instanceId: string; readonly initiator: string }) | null;
  readonly items: readonly TimelineEntry[];
}
