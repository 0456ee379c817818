import type { LoginRateLimiter } from './auth/LoginRateLimiter.js';
import type { Settings } from './config.js';
import type { FormPublishHook } from './forms/FormPublishHook.js';
import type { Logger } from './Logger.js';
import type { RecordWriteHook } from './records/RecordWriteHook.js';
import type { BlobStore } from './storage/BlobStore.js';
import type { StorageAddress } from './storage/StorageAddress.js';
import type { Stores } from './storage/Stores.js';

/**
 * What every router and service receives: storage behind interfaces (never the raw database),
 * the settings, and the injected clock and randomness.
 */
export interface ServerContext {
  readonly stores: Stores;
  /** The bytes of uploaded files. */
  readonly blobs: BlobStore;
  /**
   * Where worker threads open read-only stores of their own (an import's checks, an export); null
   * for an in-memory database, which only its own connection can see.
   */
  readonly storageAddress: StorageAddress | null;
  readonly settings: Settings;
  readonly now: () => number;
  readonly randomBytes: (size: number) => Buffer;
  /** A new id for a resource, e.g. `newId('usr')` → `usr_3f9a…`. */
  readonly newId: (prefix: string) => string;
  readonly logger: Logger;
  readonly loginLimiter: LoginRateLimiter;
  readonly formPublishHooks: readonly FormPublishHook[];
  /** Every write of a record's values passes these (see RecordWriteHook): a feature's rules over its own forms. */
  readonly recordWriteHooks: readonly RecordWriteHook[];
}
