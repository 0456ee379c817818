import { formatPeriod, parsePeriod, previousPeriod } from '@formwork/runtime';
import type { JsonSchema } from '../http/validation/ValueSchema.js';
import type { ScoreRun } from '../storage/ScoreRunStore.js';
import { scopeHoldsPerson, type ScoreScope } from './ScoreScope.js';
import { sheetOf } from './scoreRunView.js';

/** One period of a person's trend: their total on the period's current run, or null without one. */
export interface ScoreTrendPoint {
  readonly period: string;
  /** Null when the period has no run, or the run holds no row of the person that the viewer may see. */
  readonly runId: string | null;
  readonly trial: boolean;
  readonly total: number | null;
  readonly grade: string | null;
}

/**
 * The `count` period names ending with `last`, oldest first: `2026-11`, 3 → 2026-09, 2026-10, 2026-11.
 * Undefined when `last` is no period name.
 */
export function trendPeriods(last: string, count: number): string[] | undefined {
  let period = parsePeriod(last);
  if (!period) return undefined;
  const names: string[] = [];
  for (let index = 0; index < count; index++) {
    names.unshift(formatPeriod(period));
    period = previousPeriod(period);
  }
  return names;
}

/**
 * A person's totals over periods, from the runs given (the current run of each period, as
 * `ScoreRunStore.latestOfPeriods` reads them in one query), each row read in the viewer's scope
 * as the sheet placed the person then: a manager sees a rep's periods in their team, not before.
 */
export function scoreTrendOf(periods: readonly string[], runs: readonly ScoreRun[], personId: string, scope: ScoreScope): ScoreTrendPoint[] {
  const byPeriod = new Map(runs.map((run) => [run.period, run]));
  return periods.map((period) => {
    const run = byPeriod.get(period);
    const person = run ? sheetOf(run).people.find((row) => row.personId === personId) : undefined;
    if (!run || !person || !scopeHoldsPerson(scope, person)) return { period, runId: null, trial: false, total: null, grade: null };
    return { period, runId: run.id, trial: run.trial, total: person.total, grade: person.grade ?? null };
  });
}

export const scoreTrendSchema: JsonSchema = {
  type: 'object',
  properties: {
    personId: { type: 'string' },
    items: {
      type: 'array',
      description: 'Oldest period first',
      items: {
        type: 'object',
        properties: { period: { type: 'string' }, runId: { type: ['string', 'null'] }, trial: { type: 'boolean' }, total: { type: ['number', 'null'] }, grade: { type: ['string', 'null'] } },
      },
    },
  },
};
