import type { JsonObject } from '@formwork/runtime';
import type { ScoreConfirmation, ScoreRun, ScoreRunStore } from '../../ScoreRunStore.js';
import type { PgQueryable } from '../PgQueryable.js';
import { readBigint } from './readBigint.js';

interface RunRow {
  id: string;
  scheme_id: string;
  scheme_version: number;
  period: string;
  trial: boolean;
  inputs?: string;
  sheet?: string;
  form_stamps: string;
  reason: string | null;
  computed_at: number | string;
  computed_by: string | null;
}

interface ConfirmationRow {
  run_id: string;
  subject_kind: 'team' | 'person';
  subject_id: string;
  confirmed_by: string;
  confirmed_at: number | string;
  note: string | null;
}

const summaryColumns = 'id, scheme_id, scheme_version, period, trial, form_stamps, reason, computed_at, computed_by';

/**
 * ScoreRunStore over `score_runs` and `score_confirmations`, as on SQLite. The latest run is the
 * highest `seq`: taken at INSERT, so of two racing recomputations the one inserted last is current
 * once both commit. A second confirmation by a subject is dropped by its primary key.
 */
export function createPgScoreRunStore(db: PgQueryable): ScoreRunStore {
  const rows = async <Row>(sql: string, values: unknown[]): Promise<Row[]> => (await db.query(sql, values)).rows as Row[];
  return {
    async add(run) {
      await db.query(
        `INSERT INTO score_runs (id, scheme_id, scheme_version, period, trial, inputs, sheet, form_stamps, reason, computed_at, computed_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [run.id, run.schemeId, run.schemeVersion, run.period, run.trial, JSON.stringify(run.inputs), JSON.stringify(run.sheet), JSON.stringify(run.formStamps), run.reason, run.computedAt, run.computedBy],
      );
      return run;
    },
    async findById(id) {
      return optionalRun((await rows<RunRow>(`SELECT ${summaryColumns}, inputs, sheet FROM score_runs WHERE id = $1`, [id]))[0]);
    },
    async latest(schemeId, period) {
      return optionalRun((await rows<RunRow>(`SELECT ${summaryColumns}, inputs, sheet FROM score_runs WHERE scheme_id = $1 AND period = $2 ORDER BY seq DESC LIMIT 1`, [schemeId, period]))[0]);
    },
    async history(schemeId, period) {
      return (await rows<RunRow>(`SELECT ${summaryColumns} FROM score_runs WHERE scheme_id = $1 AND period = $2 ORDER BY seq DESC`, [schemeId, period])).map(toSummary);
    },
    async latestOfPeriods(schemeId, names) {
      if (names.length === 0) return [];
      const found = await rows<RunRow>(
        `SELECT DISTINCT ON (period) ${summaryColumns}, inputs, sheet FROM score_runs WHERE scheme_id = $1 AND period = ANY($2::text[]) ORDER BY period, seq DESC`,
        [schemeId, [...names]],
      );
      return found.map((row) => optionalRun(row) as ScoreRun);
    },
    async periods(schemeId) {
      return (await rows<{ period: string }>('SELECT DISTINCT period FROM score_runs WHERE scheme_id = $1 ORDER BY period DESC', [schemeId])).map((row) => row.period);
    },
    async confirm(confirmation) {
      const result = await db.query(
        `INSERT INTO score_confirmations (run_id, subject_kind, subject_id, confirmed_by, confirmed_at, note) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [confirmation.runId, confirmation.subjectKind, confirmation.subjectId, confirmation.confirmedBy, confirmation.confirmedAt, confirmation.note],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async confirmations(runId) {
      return (await rows<ConfirmationRow>('SELECT * FROM score_confirmations WHERE run_id = $1 ORDER BY confirmed_at, subject_kind, subject_id', [runId])).map(toConfirmation);
    },
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
    trial: row.trial,
    formStamps: JSON.parse(row.form_stamps) as Record<string, number>,
    reason: row.reason,
    computedAt: readBigint(row.computed_at),
    computedBy: row.computed_by,
  };
}

function toConfirmation(row: ConfirmationRow): ScoreConfirmation {
  return { runId: row.run_id, subjectKind: row.subject_kind, subjectId: row.subject_id, confirmedBy: row.confirmed_by, confirmedAt: readBigint(row.confirmed_at), note: row.note };
}
