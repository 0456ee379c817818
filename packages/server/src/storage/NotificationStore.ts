import type { FlowStatus, LocalizedText, NoticeKind } from '@formwork/runtime';

/** An in-app notification: one engine notice (`WorkflowNotice`) for one person. */
export interface FlowNotification {
  readonly id: string;
  readonly userId: string;
  readonly kind: NoticeKind;
  readonly recordId: string;
  readonly formId: string;
  readonly instanceId: string;
  readonly taskId: string | null;
  readonly nodeId: string | null;
  /** For `finished`: how the flow finished. */
  readonly status: FlowStatus | null;
  readonly message: LocalizedText | null;
  readonly createdAt: number;
  readonly readAt: number | null;
}

/** A new notification: unread, and waiting in the outbox. */
export type NewFlowNotification = Omit<FlowNotification, 'readAt'>;

export interface NotificationCursor {
  readonly at: number;
  readonly id: string;
}

export interface NotificationPage {
  readonly items: FlowNotification[];
  readonly next: NotificationCursor | null;
}

/**
 * Notifications (new task, returned, CC, urge, reminder, finished), per user with read state, and
 * an outbox: every notification is written undrained, and a sender (email, IM) later takes them
 * with `drainOutbox`, which hands each one out once only, across processes — at most once: the
 * in-app notification is the one of record, a mail lost to a crashed sender is not retried.
 *
 * Indexes: `page` reads `flow_notifications_user` (`_unread` for unread only) backwards from the
 * cursor, `countUnread` the range of `flow_notifications_unread`, `drainOutbox` the front of
 * `flow_notifications_outbox` (undrained only, so the drained bulk is never walked).
 */
export interface NotificationStore {
  add(notifications: readonly NewFlowNotification[]): Promise<void>;
  /** The user's notifications, newest first (`unreadOnly`: the unread ones). */
  page(userId: string, options: { readonly unreadOnly?: boolean; readonly cursor?: NotificationCursor | undefined; readonly limit: number }): Promise<NotificationPage>;
  /** Unread notifications of the user, in all and per kind (kinds with none are absent). */
  countUnread(userId: string): Promise<{ readonly total: number; readonly byKind: Readonly<Partial<Record<NoticeKind, number>>> }>;
  /** Marks these of the user's notifications read (others' ids are ignored); returns how many changed. */
  markRead(userId: string, ids: readonly string[], now: number): Promise<number>;
  /** Marks all the user's notifications read; returns how many changed. */
  markAllRead(userId: string, now: number): Promise<number>;
  /** Takes up to `limit` undrained notifications, oldest first, marking them drained at `now`: no other caller gets them. */
  drainOutbox(now: number, limit: number): Promise<FlowNotification[]>;
}
