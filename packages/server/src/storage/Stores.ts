import type { AppStore } from './AppStore.js';
import type { DepartmentStore } from './DepartmentStore.js';
import type { DocumentStore } from './DocumentStore.js';
import type { ScoreRunStore } from './ScoreRunStore.js';
import type { FileStore } from './FileStore.js';
import type { FlowInstanceStore } from './FlowInstanceStore.js';
import type { FlowLogStore } from './FlowLogStore.js';
import type { FlowTimerStore } from './FlowTimerStore.js';
import type { FormStore } from './FormStore.js';
import type { IdempotencyStore } from './IdempotencyStore.js';
import type { LeaseStore } from './LeaseStore.js';
import type { LoginAttemptStore } from './LoginAttemptStore.js';
import type { NotificationStore } from './NotificationStore.js';
import type { PublicLinkStore } from './PublicLinkStore.js';
import type { RecordHistoryStore } from './RecordHistoryStore.js';
import type { RecordStore } from './RecordStore.js';
import type { RoleStore } from './RoleStore.js';
import type { SerialStore } from './SerialStore.js';
import type { SessionStore } from './SessionStore.js';
import type { TaskStore } from './TaskStore.js';
import type { UserStore } from './UserStore.js';

/**
 * All persistence the server uses, as ports: every method returns a promise and speaks in the
 * domain's terms (users, forms, records, values). Each adapter (`storage/sqlite/`,
 * `storage/postgres/`) implements them; nothing else knows which database is behind them.
 */
export interface Stores {
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly departments: DepartmentStore;
  /** Organisation roles (财务, 销售总监) and who holds them: the approvers workflow nodes name. */
  readonly roles: RoleStore;
  readonly apps: AppStore;
  readonly forms: FormStore;
  readonly records: RecordStore;
  readonly history: RecordHistoryStore;
  readonly serials: SerialStore;
  readonly idempotency: IdempotencyStore;
  readonly files: FileStore;
  readonly loginAttempts: LoginAttemptStore;
  readonly publicLinks: PublicLinkStore;
  readonly leases: LeaseStore;
  /** Workflows, dashboards and scoring schemes: drafts and numbered versions, like forms. */
  readonly documents: DocumentStore;
  readonly scoreRuns: ScoreRunStore;
  /** Workflow runtime: a transition writes all five in one transaction (see FlowInstanceStore). */
  readonly flowInstances: FlowInstanceStore;
  readonly tasks: TaskStore;
  readonly flowLog: FlowLogStore;
  readonly flowTimers: FlowTimerStore;
  readonly notifications: NotificationStore;
  /**
   * Runs `work` atomically with `tx`, a set of stores bound to one transaction: all its writes
   * commit together or none do (a thrown error rolls back). Inside, use `tx` only — the outer
   * stores see nothing of the open transaction, and on SQLite they wait for it to end (the
   * adapter refuses such a call rather than wait for itself). `tx.transaction` nests as a
   * savepoint. Keep the work short: await nothing but `tx` (hash passwords, read files and call
   * other services before).
   *
   * @example
   * const user = await stores.transaction(async (tx) => {
   *   if (await tx.users.isUsernameTaken(name)) throw conflict();
   *   return tx.users.create(newUser);
   * });
   */
  transaction<T>(work: (tx: Stores) => Promise<T>): Promise<T>;
}
