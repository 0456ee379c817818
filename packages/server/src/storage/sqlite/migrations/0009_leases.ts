import type { Migration } from '../Migration.js';

/**
 * Leases (`LeaseStore`): which process runs a shared job (housekeeping) until when. One row per
 * job name; a holder renews its row, any process may take an expired one.
 */
export const leases: Migration = {
  version: 9,
  name: 'leases',
  up: `
CREATE TABLE leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at INTEGER NOT NULL
) STRICT;
`,
};
