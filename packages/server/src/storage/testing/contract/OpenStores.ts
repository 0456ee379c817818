import type { Stores } from '../../Stores.js';

/** Empty, migrated stores for one test, and how to let them go. */
export interface OpenedStores {
  readonly stores: Stores;
  close(): Promise<void>;
}

/** Opens fresh stores of the adapter under test (a new in-memory SQLite, a new PostgreSQL database…). */
export type OpenStores = () => Promise<OpenedStores>;
