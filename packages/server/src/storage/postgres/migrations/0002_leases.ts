import type { PostgresMigration } from '../PostgresMigration.js';

/**
 * Leases (`LeaseStore`), as SQLite's 0009_leases: which process runs a shared job (housekeeping)
 * until when. One row per job name; a holder renews its row, any process may take an expired one.
 */
export const leases: PostgresMigration = {
  version: 2,
  name: 'leases',
  up: `
CREATE TABLE leases (
  name TEXT COLLATE "C" PRIMARY KEY,
  holder TEXT COLLATE "C" NOT NULL,
  expires_at BIGINT NOT NULL
);
`,
};
