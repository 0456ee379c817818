import type { ScoreSheet } from '@formwork/runtime';
import type { JsonSchema } from '../http/validation/ValueSchema.js';
import { scopeHoldsPerson, type ScoreScope } from './ScoreScope.js';

/** One line of a leaderboard. */
export interface LeaderboardRow {
  /** 1 for the best total; equal totals share a rank and the next rank skips (1, 2, 2, 4). */
  readonly rank: number;
  readonly personId: string;
  readonly name: string;
  readonly departmentId: string | null;
  readonly total: number;
  readonly grade: string | null;
}

/**
 * The leaderboard of a sheet: everyone scored (or, given `departments`, everyone in those
 * departments on the sheet) ranked by total, then the rows the viewer's scope holds. Ranks are
 * taken over the whole board before scoping, so a rep sees their true place ("my rank") without
 * seeing anyone else's figures; there is no setting (yet) opening the board to everyone.
 */
export function leaderboardOf(sheet: ScoreSheet, scope: ScoreScope, departments: ReadonlySet<string> | undefined): LeaderboardRow[] {
  const board = sheet.people
    .filter((person) => departments === undefined || (person.departmentId !== undefined && departments.has(person.departmentId)))
    .slice()
    .sort((a, b) => b.total - a.total || (a.name ?? a.personId).localeCompare(b.name ?? b.personId));
  const rows: LeaderboardRow[] = [];
  let rank = 0;
  for (const [index, person] of board.entries()) {
    if (index === 0 || board[index - 1]?.total !== person.total) rank = index + 1;
    if (!scopeHoldsPerson(scope, person)) continue;
    rows.push({ rank, personId: person.personId, name: person.name ?? person.personId, departmentId: person.departmentId ?? null, total: person.total, grade: person.grade ?? null });
  }
  return rows;
}

export const leaderboardSchema: JsonSchema = {
  type: 'object',
  properties: {
    period: { type: 'string' },
    runId: { type: 'string' },
    trial: { type: 'boolean' },
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          rank: { type: 'integer' },
          personId: { type: 'string' },
          name: { type: 'string' },
          departmentId: { type: ['string', 'null'] },
          total: { type: 'number' },
          grade: { type: ['string', 'null'] },
        },
      },
    },
  },
};
