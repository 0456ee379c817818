import type { ScoreSheetData } from '@formwork/runtime';
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
  /** The person's rank on the previous period's board (same department filter), null when not on it. */
  readonly previousRank: number | null;
}

/**
 * The leaderboard of a sheet: everyone scored (or, given `departments`, everyone in those
 * departments on the sheet) ranked by total, then the rows the viewer's scope holds. Ranks are
 * taken over the whole board before scoping, so a rep sees their true place ("my rank") without
 * seeing anyone else's figures; there is no setting (yet) opening the board to everyone.
 */
export function leaderboardOf(sheet: ScoreSheetData, scope: ScoreScope, departments: ReadonlySet<string> | undefined, previous?: ScoreSheetData): LeaderboardRow[] {
  // Ranked over the whole previous board too, so "↑2" compares like with like.
  const previousRanks = new Map(previous ? ranked(previous, departments).map(({ person, rank }) => [person.personId, rank]) : []);
  return ranked(sheet, departments)
    .filter(({ person }) => scopeHoldsPerson(scope, person))
    .map(({ person, rank }) => ({
      rank,
      personId: person.personId,
      name: person.name ?? person.personId,
      departmentId: person.departmentId ?? null,
      total: person.total,
      grade: person.grade ?? null,
      previousRank: previousRanks.get(person.personId) ?? null,
    }));
}

function ranked(sheet: ScoreSheetData, departments: ReadonlySet<string> | undefined): { readonly person: ScoreSheetData['people'][number]; readonly rank: number }[] {
  const board = sheet.people
    .filter((person) => departments === undefined || (person.departmentId !== undefined && departments.has(person.departmentId)))
    .slice()
    .sort((a, b) => b.total - a.total || (a.name ?? a.personId).localeCompare(b.name ?? b.personId));
  let rank = 0;
  return board.map((person, index) => {
    if (index === 0 || board[index - 1]?.total !== person.total) rank = index + 1;
    return { person, rank };
  });
}

export const leaderboardSchema: JsonSchema = {
  type: 'object',
  properties: {
    period: { type: 'string' },
    runId: { type: 'string' },
    previousPeriod: { type: 'string', description: 'The period the previous ranks are from' },
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
          previousRank: { type: ['integer', 'null'], description: "The rank on the previous period's current run, null when not on it (or no run)" },
        },
      },
    },
  },
};
