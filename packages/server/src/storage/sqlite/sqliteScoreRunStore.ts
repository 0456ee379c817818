import type { JsonObject } from '@formwork/runtime';
import type { ScoreConfirmation, ScoreRun, ScoreRunStore } from '../ScoreRunStore.js';
import type { SqliteDatabase } from './openDatabase.js';
import type { Synchronous } from './Synchronous.js';

interface RunRow {
  id: string;
  scheme_id: string;
  scheme_version: number;
  period: string;
  trial: number;
  inputs?: string;
  sheet?: string;
  form_stamps: string;
  reason: string | null;
  computed_at: number;
  computed_by: string | null;
}

interface ConfirmationRow {
  run_id: string;
  subject_kind: 'team' | 'person';
  subject_id: string;
  confirmed_by: string;
  confirmed_at: number;
  note: string | null;
}

const summaryColumns = 'id, scheme_id, scheme_version, period, trial, form_stamps, reason, computed_at, computed_by';

/** ScoreRunStore over `score_runs` and `score_confirmations`: JSON text in, parsed JSON out. */
export function createSqliteScoreRunStore(db: SqliteDatabase): Synchronous<ScoreRunStore> {
  const insert = db.prepare(
    `INSERT INTO score_runs (id, scheme_id, scheme_version, period, trial, inputs, sheet, form_stamps, reason, computed_at, computed_by)
     VALUES (@id, @schemeId, @schemeVersion, @period, @trial, @inputs, @sheet, @formStamps, @reason, @computedAt, @computedBy)`,
  );
  const byId = db.prepare<[string], RunRow>(`SELECT ${summaryColumns}, inputs, sheet FROM score_runs WHERE id = ?`);
  const latest = db.prepare<[string, string], RunRow>(`SELECT ${summaryColumns}, inputs, sheet FROM score_runs WHERE scheme_id = ? AND period = ? ORDER BY seq DESC LIMIT 1`);
  const history = db.prepare<[string, string], RunRow>(`SELECT ${summaryColumns} FROM score_runs WHERE scheme_id = ? AND period = ? ORDER BY seq DESC`);
  // The highest seq of each period named in the JSON list: one index range per period.
  const latestOfPeriods = db.prepare<[string, string], RunRow>(
    `SELECT ${summaryColumns}, inputs, sheet FROM score_runs AS run
     WHERE run.scheme_id = ? AND run.period IN (SELECT value FROM json_each(?))
       AND run.seq = (SELECT MAX(seq) FROM score_runs WHERE scheme_id = run.scheme_id AND period = run.period)`,
  );
  const periods = db.prepare<[string], { period: string }>('SELECT DISTINCT period FROM score_runs WHERE scheme_id = ? ORDER BY period DESC');
  const confirm = db.prepare(
    `INSERT INTO score_confirmations (run_id, subject_kind, subject_id, confirmed_by, confirmed_at, note)
     VALUES (@runId, @subjectKind, @subjectId, @confirmedBy, @confirmedAt, @note) ON CONFLICT DO NOTHING`,
  );
  const confirmations = db.prepare<[string], ConfirmationRow>('SELECT * FROM score_confirmations WHERE run_id = ? ORDER BY confirmed_at, subject_kind, subject_id');

  return {
    add(run) {
      insert.run({
        ...run,
        trial: run.trial ? 1 : 0,
        inputs: JSON.stringify(run.inputs),
        sheet: JSON.stringify(run.sheet),
        formStamps: JSON.stringify(run.formStamps),
      });
      return run;
    },
    findById: (id) => optionalRun(byId.get(id)),
    latest: (schemeId, period) => optionalRun(latest.get(schemeId, period)),
    history: (schemeId, period) => history.all(schemeId, period).map(toSummary),
    latestOfPeriods: (schemeId, names) => (names.length === 0 ? [] : latestOfPeriods.all(schemeId, JSON.stringify(names)).map((row) => optionalRun(row) as ScoreRun)),
    periods: (schemeId) => periods.all(schemeId).map((row) => row.period),
    confirm: (confirmation) => confirm.run(confirmation).changes > 0,
    confirmations: (runId) => confirmations.all(runId).map(toConfirmation),
  };
}

function optionalRun(row: RunRow | undefined): ScoreRun | undefined {
  if (!row) return undefined;
  return { ...toSummary(row), inputs: JSON.parse(row.inputs ?? '{}') as JsonObject, sheet: JSON.parse(row.sheet ?? '{}') as JsonObject };
}

function toSummary(row: RunRow): Omit<ScoreRun, 'inputs' | 'sheet'> {
  return {
    id: row.id,
    schemeId: row.scheme_id,
    schemeVersion: row.scheme_version,
    period: row.period,
    trial: row.trial === 1,
    formStamps: JSON.parse(row.form_stamps) as Record<string, number>,
    reason: row.reason,
    computedAt: row.computed_at,
    computedBy: row.computed_by,
  };
}

function toConfirmation(row: ConfirmationRow): ScoreConfirmation {
  return { runId: row.run_id, subjectKind: row.subject_kind, subjectId: row.subject_id, confirmedBy: row.confirmed_by, confirmedAt: row.confirmed_at, note: row.note };
}
