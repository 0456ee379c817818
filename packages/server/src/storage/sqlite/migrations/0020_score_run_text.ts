import type { Migration } from '../Migration.js';

/**
 * A run's inputs and sheet without `json_valid` checks (#13): only the server writes them, from
 * `JSON.stringify`, and checking a 1,000-person sheet (2 MB) took SQLite ~30 ms of a run's ~500 —
 * more than writing it. The write stamps keep their check (a few bytes). The two blobs now come
 * last in the row: a summary column after them (a period's history, read twice by every run) made
 * SQLite walk each run's megabytes of overflow pages to reach it. SQLite drops no CHECK in
 * place, so both tables are rebuilt (the confirmations point at the runs, and a run must not be
 * dropped while a confirmation points at it): the runs and confirmations are copied as they are,
 * `seq` included, then the copies take the tables' names, indexes and triggers.
 */
export const scoreRunText: Migration = {
  version: 20,
  name: 'score_run_text',
  up: `
CREATE TABLE score_runs_next (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  scheme_id TEXT NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
  scheme_version INTEGER NOT NULL,
  period TEXT NOT NULL,
  trial INTEGER NOT NULL CHECK (trial IN (0, 1)),
  form_stamps TEXT NOT NULL CHECK (json_valid(form_stamps)),
  reason TEXT,
  computed_at INTEGER NOT NULL,
  computed_by TEXT REFERENCES users(id) ON DELETE SET NULL,
  inputs TEXT NOT NULL,
  sheet TEXT NOT NULL
) STRICT;
INSERT INTO score_runs_next (seq, id, scheme_id, scheme_version, period, trial, inputs, sheet, form_stamps, reason, computed_at, computed_by)
  SELECT seq, id, scheme_id, scheme_version, period, trial, inputs, sheet, form_stamps, reason, computed_at, computed_by FROM score_runs;

CREATE TABLE score_confirmations_next (
  run_id TEXT NOT NULL REFERENCES score_runs_next(id) ON DELETE RESTRICT,
  subject_kind TEXT NOT NULL CHECK (subject_kind IN ('team', 'person')),
  subject_id TEXT NOT NULL,
  confirmed_by TEXT NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  confirmed_at INTEGER NOT NULL,
  note TEXT,
  PRIMARY KEY (run_id, subject_kind, subject_id)
) STRICT;
INSERT INTO score_confirmations_next (run_id, subject_kind, subject_id, confirmed_by, confirmed_at, note)
  SELECT run_id, subject_kind, subject_id, confirmed_by, confirmed_at, note FROM score_confirmations;

DROP TABLE score_confirmations;
DROP TABLE score_runs;
-- Renaming rewrites the confirmations' reference to score_runs_next along with it.
ALTER TABLE score_runs_next RENAME TO score_runs;
ALTER TABLE score_confirmations_next RENAME TO score_confirmations;
CREATE INDEX score_runs_scheme_period ON score_runs(scheme_id, period, seq);

CREATE TRIGGER score_runs_immutable BEFORE UPDATE ON score_runs
BEGIN SELECT RAISE(ABORT, 'score runs are immutable'); END;
CREATE TRIGGER score_runs_undeletable BEFORE DELETE ON score_runs
BEGIN SELECT RAISE(ABORT, 'score runs are never deleted'); END;
`,
};
