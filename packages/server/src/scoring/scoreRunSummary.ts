import { roundDecimal, type SchemeConflict } from '@formwork/runtime';
import type { JsonSchema } from '../http/validation/ValueSchema.js';
import type { ScoreRun } from '../storage/ScoreRunStore.js';
import { scopedSheet, scoreRunStampProperties, sheetOf } from './scoreRunView.js';
import type { ScoreScope } from './ScoreScope.js';

/**
 * `POST /api/scorings/:id/runs`: what a computation says about itself, not the sheet. A thousand
 * people's sheet is megabytes; serialising it for an answer the caller mostly does not read cost a
 * run ~25 ms plus the client's parse (#13's bench). The sheet is `GET …/runs/:period` (the
 * `Location` of the answer). The counts and figures are over what the caller's scope holds, as
 * the GET would show them: a manager who computes a scheme learns nothing of other teams here.
 */
export interface ScoreRunSummary {
  readonly id: string;
  readonly schemeId: string;
  readonly schemeVersion: number;
  readonly period: string;
  readonly trial: boolean;
  readonly reason: string | null;
  readonly computedAt: string;
  readonly computedBy: string | null;
  /** People and team roll-ups on the sheet that the caller may read. */
  readonly peopleCount: number;
  readonly teamCount: number;
  /** The average and the highest total of those people, null when there are none. */
  readonly averageTotal: number | null;
  readonly maxTotal: number | null;
  /** People another scheme claims equally: scored by neither. */
  readonly conflicts: readonly Pick<SchemeConflict, 'personId' | 'message'>[];
}

/** Sums a stored run up for its caller's scope (see `ScoreRunSummary`). */
export function toScoreRunSummary(run: ScoreRun, scope: ScoreScope, conflicts: readonly SchemeConflict[]): ScoreRunSummary {
  const sheet = sheetOf(run);
  const { people, teams } = scopedSheet(sheet, scope);
  let sum = 0;
  let max = -Infinity;
  for (const { total } of people) {
    sum += total;
    if (total > max) max = total;
  }
  return {
    id: run.id,
    schemeId: run.schemeId,
    schemeVersion: run.schemeVersion,
    period: run.period,
    trial: run.trial,
    reason: run.reason,
    computedAt: new Date(run.computedAt).toISOString(),
    computedBy: run.computedBy,
    peopleCount: people.length,
    teamCount: teams.length,
    // The sheet's precision plus one place: an average of totals at 1 place reads 85.25, not 85.24999.
    averageTotal: people.length === 0 ? null : roundDecimal(sum / people.length, sheet.precision + 1),
    maxTotal: people.length === 0 ? null : max,
    conflicts: conflicts.map(({ personId, message }) => ({ personId, message })),
  };
}

export const scoreRunSummarySchema: JsonSchema = {
  type: 'object',
  properties: {
    ...scoreRunStampProperties,
    peopleCount: { type: 'integer', description: 'People on the sheet in your scope' },
    teamCount: { type: 'integer', description: 'Team roll-ups on the sheet in your scope' },
    averageTotal: { type: ['number', 'null'], description: "Those people's average total (the sheet's precision plus one place); null when none" },
    maxTotal: { type: ['number', 'null'], description: "Those people's highest total; null when none" },
    conflicts: {
      type: 'array',
      items: { type: 'object', properties: { personId: { type: 'string' }, message: { type: 'object' } } },
      description: 'People another scheme claims equally, scored by neither',
    },
  },
};
