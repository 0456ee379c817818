import type { PostgresMigration } from '../PostgresMigration.js';

/**
 * Score runs (`ScoreRunStore`), as SQLite's score_runs migration: each computation of a scoring
 * scheme for a period as an append-only snapshot, the latest by `seq` the period's sheet; a
 * confirmation per run and subject (a manager's team, a rep themselves).
 */
export const scoreRuns: PostgresMigration = {
  version: 6,
  name: 'score_runs',
  up: `
CREATE TABLE score_runs (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT COLLATE "C" NOT NULL UNIQUE,
  scheme_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
  scheme_version INTEGER NOT NULL,
  period TEXT COLLATE "C" NOT NULL,
  trial BOOLEAN NOT NULL,
  inputs TEXT COLLATE "C" NOT NULL CHECK (inputs::json IS NOT NULL),
  sheet TEXT COLLATE "C" NOT NULL CHECK (sheet::json IS NOT NULL),
  form_stamps TEXT COLLATE "C" NOT NULL CHECK (form_stamps::json IS NOT NULL),
  reason TEXT COLLATE "C",
  computed_at BIGINT NOT NULL,
  computed_by TEXT COLLATE "C" REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX score_runs_scheme_period ON score_runs(scheme_id, period, seq);
CREATE TRIGGER score_runs_immutable BEFORE UPDATE ON score_runs
  FOR EACH ROW EXECUTE FUNCTION formwork_refuse('score runs are immutable');
CREATE TRIGGER score_runs_undeletable BEFORE DELETE ON score_runs
  FOR EACH ROW EXECUTE FUNCTION formwork_refuse('score runs are never deleted');

CREATE TABLE score_confirmations (
  run_id TEXT COLLATE "C" NOT NULL REFERENCES score_runs(id) ON DELETE RESTRICT,
  subject_kind TEXT COLLATE "C" NOT NULL CHECK (subject_kind IN ('team', 'person')),
  subject_id TEXT COLLATE "C" NOT NULL,
  confirmed_by TEXT COLLATE "C" NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  confirmed_at BIGINT NOT NULL,
  PRIMARY KEY (run_id, subject_kind, subject_id)
);
`,
};
