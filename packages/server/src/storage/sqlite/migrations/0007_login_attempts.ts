import type { Migration } from '../Migration.js';

/**
 * Failed sign-ins, kept in the database so that every server process on one data folder counts the
 * same failures (`LoginRateLimiter`). One row per failure and per key it counts against (the
 * account, the address and account together, the address); keys are SHA-256 hex, never what was
 * typed. Rows older than the rate-limit window are deleted on every new failure, so the table holds
 * at most one window's failures.
 */
export const loginAttempts: Migration = {
  version: 7,
  name: 'login_attempts',
  up: `
CREATE TABLE login_failures (
  key TEXT NOT NULL,
  failed_at INTEGER NOT NULL
) STRICT;
CREATE INDEX login_failures_key ON login_failures(key, failed_at);
CREATE INDEX login_failures_age ON login_failures(failed_at);
`,
};
