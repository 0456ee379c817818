import type { Migration } from '../Migration.js';

/**
 * Score runs (`ScoreRunStore`): each computation of a scoring scheme for a period, kept as a
 * snapshot (inputs, sheet, the write stamps of the forms it read), append-only; the latest by `seq`
 * is the period's sheet. Confirmations: a manager's for a team, a rep's for themselves, once each.
 */
export const scoreRuns: Migration = {
  version: 13,
  name: 'score_runs',
  up: `
CREATE TABLE score_runs (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  scheme_id TEXT NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
  scheme_version INTEGER NOT NULL,
  period TEXT NOT NULL,
  trial INTEGER NOT NULL CHECK (trial IN (0, 1)),
  inputs TEXT NOT NULL CHECK (json_valid(inputs)),
  sheet TEXT NOT NULL CHECK (json_valid(sheet)),
  form_stamps TEXT NOT NULL CHECK (json_valid(form_stamps)),
  reason TEXT,
  computed_at INTEGER NOT NULL,
  computed_by TEXT REFERENCES users(id) ON DELETE SET NULL
) STRICT;
CREATE INDEX score_runs_scheme_period ON score_runs(scheme_id, period, seq);

CREATE TRIGGER score_runs_immutable BEFORE UPDATE ON score_runs
BEGIN SELECT RAISE(ABORT, 'score runs are immutable'); END;
CREATE TRIGGER score_runs_undeletable BEFORE DELETE ON score_runs
BEGIN SELECT RAISE(ABORT, 'score runs are never deleted'); END;

CREATE TABLE score_confirmations (
  run_id TEXT NOT NULL REFERENCES score_runs(id) ON DELETE RESTRICT,
  subject_kind TEXT NOT NULL CHECK (subject_kind IN ('team', 'person')),
  subject_id TEXT NOT NULL,
  confirmed_by TEXT NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  confirmed_at INTEGER NOT NULL,
  PRIMARY KEY (run_id, subject_kind, subject_id)
) STRICT;
`,
};
