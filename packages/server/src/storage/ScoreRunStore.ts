import type { JsonObject } from '@formwork/runtime';

/**
 * One computation of a scoring scheme for one period: the snapshot a sheet is read from, so that
 * what a rep was shown stays what was computed, whatever changes later. A recomputation is a new
 * run (the period's latest is the current sheet); earlier runs stay as its history.
 */
export interface ScoreRun {
  readonly id: string;
  /** The scheme (a `scoring` document) and the published version computed. */
  readonly schemeId: string;
  readonly schemeVersion: number;
  /** `2026-11`, `2026-Q4`… */
  readonly period: string;
  /** A trial scheme's run: shown, never confirmed. */
  readonly trial: boolean;
  /** The engine's `ScoringInputs` and `ScoreSheet`, as JSON. */
  readonly inputs: JsonObject;
  readonly sheet: JsonObject;
  /**
   * Each form read and its write stamp when the run read it (`RecordStore.writeStamps`): a form
   * whose stamp has moved on since has changed after the run.
   */
  readonly formStamps: Readonly<Record<string, number>>;
  /** Why it was recomputed (required once the period's sheet was confirmed), or null. */
  readonly reason: string | null;
  readonly computedAt: number;
  readonly computedBy: string | null;
}

export type NewScoreRun = ScoreRun;

/** Who stood behind a run's figures: a manager for a team (department), a rep for their own. */
export interface ScoreConfirmation {
  readonly runId: string;
  /** `team`: a manager confirms a department's sheet; `person`: a rep acknowledges their own. */
  readonly subjectKind: 'team' | 'person';
  /** The department id (team) or the user id (person). */
  readonly subjectId: string;
  readonly confirmedBy: string;
  readonly confirmedAt: number;
  /** What the confirmer said with it, or null. */
  readonly note: string | null;
}

/**
 * Score runs and their confirmations. Runs are append-only (the databases refuse UPDATE and
 * DELETE on them, as on record history); the latest run of a (scheme, period) is the one written
 * last, so racing recomputations never share a place. A subject confirms a run once: of racing
 * confirmations, one is stored.
 */
export interface ScoreRunStore {
  add(run: NewScoreRun): Promise<ScoreRun>;
  findById(id: string): Promise<ScoreRun | undefined>;
  /** The current run of the period: the last added. */
  latest(schemeId: string, period: string): Promise<ScoreRun | undefined>;
  /** Every run of the period, the latest first, without inputs and sheets (a history list). */
  history(schemeId: string, period: string): Promise<Omit<ScoreRun, 'inputs' | 'sheet'>[]>;
  /**
   * The current run of each of the named periods that has one (a trend over periods), in one
   * query; in no particular order.
   */
  latestOfPeriods(schemeId: string, periods: readonly string[]): Promise<ScoreRun[]>;
  /** The periods the scheme has runs for, latest period name first. */
  periods(schemeId: string): Promise<string[]>;
  /** Stores the confirmation; false when the subject had already confirmed this run. */
  confirm(confirmation: ScoreConfirmation): Promise<boolean>;
  /** The run's confirmations, oldest first (ties by subject). */
  confirmations(runId: string): Promise<ScoreConfirmation[]>;
}
