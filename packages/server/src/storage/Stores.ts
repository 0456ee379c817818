import type { FileStore } from './FileStore.js';
import type { RecordStore } from './RecordStore.js';
import type { AppStore } from './AppStore.js';
import type { DepartmentStore } from './DepartmentStore.js';
import type { FormStore } from './FormStore.js';
import type { LoginAttemptStore } from './LoginAttemptStore.js';
import type { PublicLinkStore } from './PublicLinkStore.js';
import type { SessionStore } from './SessionStore.js';
import type { UserStore } from './UserStore.js';

/**
 * All persistence the server uses. Routers talk to these interfaces only; SQL lives in
 * `stores/sqlite/`. The methods are synchronous on purpose: with better-sqlite3 a synchronous
 * `transaction` is atomic without locks (no other request can run in between). A PostgreSQL
 * adapter would make them async — every caller already goes through here.
 */
export interface Stores {
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly departments: DepartmentStore;
  readonly apps: AppStore;
  readonly forms: FormStore;
  readonly records: RecordStore;
  readonly files: FileStore;
  readonly loginAttempts: LoginAttemptStore;
  readonly publicLinks: PublicLinkStore;
  /**
   * Runs `work` atomically: all its writes commit together or none do (a thrown error rolls
   * back). Nested calls join the outer transaction as a savepoint. `work` must be synchronous:
   * hash passwords and do other async work before calling.
   */
  transaction<T>(work: () => T): T;
}
