import { describe, expect, it } from 'vitest';
import { rankLeaderboard } from './rankLeaderboard.js';
import { rankWithTies } from './rankWithTies.js';

const person = (id: string, name = id) => ({ value: id, label: name });

describe('rankWithTies', () => {
  it('gives equal values one rank and skips the ranks they take up', () => {
    expect(rankWithTies([90, 120, 90, 50])).toEqual([2, 1, 2, 4]);
    expect(rankWithTies([5, 5, 5])).toEqual([1, 1, 1]);
  });

  it('ranks the smallest first when ascending', () => {
    expect(rankWithTies([3, 1, 2, 1], 'asc')).toEqual([4, 1, 3, 1]);
  });

  it('handles negatives and an empty list', () => {
    expect(rankWithTies([-1, 0, -5])).toEqual([2, 1, 3]);
    expect(rankWithTies([])).toEqual([]);
  });
});

describe('rankLeaderboard', () => {
  it('orders by rank and tells how far each person moved since the previous period', () => {
    const rows = rankLeaderboard(
      [
        { member: person('a', '王芳'), value: 90 },
        { member: person('b', '李强'), value: 120 },
        { member: person('c', '张伟'), value: 60 },
      ],
      [
        { member: person('a'), value: 100 },
        { member: person('b'), value: 80 },
        { member: person('c'), value: 90 },
      ],
    );
    expect(rows.map((row) => [row.member.value, row.rank, row.previousRank, row.rankChange])).toEqual([
      ['b', 1, 3, 2],
      ['a', 2, 1, -1],
      ['c', 3, 2, -1],
    ]);
  });

  it('marks someone unranked last period as new, and ranks ties together', () => {
    const rows = rankLeaderboard(
      [
        { member: person('a', 'Ann'), value: 50 },
        { member: person('n', 'Bob'), value: 50 },
        { member: person('c', 'Cai'), value: 10 },
      ],
      [{ member: person('a'), value: 1 }, { member: person('c'), value: 2 }],
    );
    expect(rows).toEqual([
      { member: person('a', 'Ann'), value: 50, rank: 1, previousRank: 2, rankChange: 1 },
      { member: person('n', 'Bob'), value: 50, rank: 1, previousRank: null, rankChange: null },
      { member: person('c', 'Cai'), value: 10, rank: 3, previousRank: 1, rankChange: -2 },
    ]);
  });

  it('has no previous ranks without a previous period', () => {
    const [row] = rankLeaderboard([{ member: person('a'), value: 3 }]);
    expect(row).toEqual({ member: person('a'), value: 3, rank: 1, previousRank: null, rankChange: null });
  });
});
