import { rankWithTies } from './rankWithTies.js';
import type { DimensionMember, LeaderboardRow } from './WidgetData.js';

export interface LeaderboardEntry {
  readonly member: DimensionMember;
  readonly value: number;
}

/**
 * Leaderboard rows for this period's values, in rank order (ties share a rank, then by label so
 * the order is stable), each with the change of rank against the previous period's values.
 * People are matched across periods by `member.value`; someone absent last period is new
 * (`previousRank: null`). Previous ranks are taken over everyone ranked then, so dropping out
 * of the top does not lift the others' past ranks.
 *
 * @example
 * rankLeaderboard([{ member: a, value: 90 }, { member: b, value: 120 }], [{ member: a, value: 100 }, { member: b, value: 80 }])
 * // b rank 1 (was 2, rankChange +1), a rank 2 (was 1, rankChange −1)
 */
export function rankLeaderboard(current: readonly LeaderboardEntry[], previous?: readonly LeaderboardEntry[]): LeaderboardRow[] {
  const previousRanks = new Map<DimensionMember['value'], number>();
  if (previous !== undefined) {
    const ranks = rankWithTies(previous.map((entry) => entry.value));
    previous.forEach((entry, index) => previousRanks.set(entry.member.value, ranks[index] ?? index + 1));
  }
  const ranks = rankWithTies(current.map((entry) => entry.value));
  return current
    .map((entry, index): LeaderboardRow => {
      const rank = ranks[index] ?? index + 1;
      const previousRank = previousRanks.get(entry.member.value) ?? null;
      return { member: entry.member, value: entry.value, rank, previousRank, rankChange: previousRank === null ? null : previousRank - rank };
    })
    .sort((a, b) => a.rank - b.rank || compareLabels(a.member.label, b.member.label));
}

function compareLabels(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
