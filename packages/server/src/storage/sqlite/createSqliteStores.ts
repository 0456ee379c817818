import type { SqliteDatabase } from './openDatabase.js';
import { createSqliteFileStore } from './sqliteFileStore.js';
import { createSqliteRecordStore } from './records/sqliteRecordStore.js';
import type { Stores } from '../Stores.js';
import { createSqliteAppStore } from './sqliteAppStore.js';
import { createSqliteDepartmentStore } from './sqliteDepartmentStore.js';
import { createSqliteFormStore } from './sqliteFormStore.js';
import { createSqliteLoginAttemptStore } from './sqliteLoginAttemptStore.js';
import { createSqlitePublicLinkStore } from './sqlitePublicLinkStore.js';
import { createSqliteSessionStore } from './sqliteSessionStore.js';
import { createSqliteUserStore } from './sqliteUserStore.js';

/**
 * Every store over one migrated SQLite connection. Statements are prepared here, once.
 *
 * @example
 * const db = openDatabase(':memory:');
 * migrateDatabase(db, Date.now);
 * const stores = createSqliteStores(db);
 */
export function createSqliteStores(db: SqliteDatabase): Stores {
  return {
    users: createSqliteUserStore(db),
    sessions: createSqliteSessionStore(db),
    departments: createSqliteDepartmentStore(db),
    apps: createSqliteAppStore(db),
    forms: createSqliteFormStore(db),
    records: createSqliteRecordStore(db),
    files: createSqliteFileStore(db),
    loginAttempts: createSqliteLoginAttemptStore(db),
    publicLinks: createSqlitePublicLinkStore(db),
    // IMMEDIATE takes the write lock at BEGIN, so a writer in another connection (a backup, a
    // maintenance script) makes this one wait for busy_timeout. A deferred BEGIN would read first
    // and fail at once with SQLITE_BUSY when upgrading to write after the other committed.
    transaction: (work) => db.transaction(work).immediate(),
  };
}
