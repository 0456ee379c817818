import type { Settings } from './config.js';
import type { Storage } from './storage/Storage.js';
import type { FormPublishHook } from './forms/FormPublishHook.js';
import type { Logger } from './Logger.js';

/**
 * What `createApp` needs from outside: the opened storage, the settings, and everything that
 * varies between runs (clock, randomness) so that tests can pin them.
 */
export interface AppDeps {
  /** Opened, migrated storage (`openStorage`): the stores, the file bytes, where workers find them. */
  readonly storage: Storage;
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
