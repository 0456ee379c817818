import type { BlobStore } from './BlobStore.js';
import type { StorageAddress } from './StorageAddress.js';
import type { Stores } from './Stores.js';

/** Opened storage: the stores, the file bytes, and what workers and the start-up log need. */
export interface Storage {
  readonly stores: Stores;
  readonly blobs: BlobStore;
  /** Where workers open stores of their own; null when they cannot (an in-memory SQLite database). */
  readonly address: StorageAddress | null;
  /** For people: `SQLite /srv/data/formwork.sqlite` or `PostgreSQL formwork@db:5432/formwork` (never a password). */
  readonly description: string;
  /** Migrations applied by this start (versions), and the version now. */
  readonly migration: { readonly applied: readonly number[]; readonly current: number };
  /** Closes connections and gives up the data folder. */
  close(): Promise<void>;
}
