import type { Settings } from './config.js';
import type { SqliteDatabase } from './storage/sqlite/openDatabase.js';
import type { FormPublishHook } from './forms/FormPublishHook.js';
import type { Logger } from './Logger.js';

/**
 * What `createApp` needs from outside: the migrated database, the settings, and everything that
 * varies between runs (clock, randomness) so that tests can pin them.
 */
export interface AppDeps {
  /** A connection from `openDatabase`, already migrated with `migrateDatabase`. */
  readonly db: SqliteDatabase;
  readonly settings: Settings;
  /** Milliseconds since the epoch. */
  readonly now: () => number;
  /** Cryptographically strong bytes (tokens, salts, generated passwords). */
  readonly randomBytes: (size: number) => Buffer;
  /** New resource ids; default 20 hex characters from `randomBytes`. */
  readonly randomId?: () => string;
  readonly logger?: Logger;
  /** Called inside the publish transaction of a form (see FormPublishHook). */
  readonly formPublishHooks?: readonly FormPublishHook[];
}
