import { formatScoreNumber } from '../../engine/index.js';
import type { LeaderboardView } from '../api/PerformanceViews.js';
import { usePerformanceText, type PerformanceMessageKey } from './performanceMessages.js';

/** How a rank moved since the previous period: the arrow shown and the words read out. */
export function rankChange(rank: number, previousRank: number | null): { readonly shown: string; readonly key: PerformanceMessageKey; readonly n: number } {
  if (previousRank === null) return { shown: '·', key: 'rankNew', n: 0 };
  const moved = previousRank - rank;
  if (moved > 0) return { shown: `↑${moved}`, key: 'rankUp', n: moved };
  if (moved < 0) return { shown: `↓${-moved}`, key: 'rankDown', n: -moved };
  return { shown: '–', key: 'rankSame', n: 0 };
}

/** The period's leaderboard, best first, with each row's move since the previous period. */
export function LeaderboardSection({ leaderboard, precision }: { readonly leaderboard: LeaderboardView; readonly precision: number }) {
  const { pt, locale } = usePerformanceText();
  return (
    <section className="app-performance__section" aria-labelledby="leaderboard">
      <h2 id="leaderboard">{pt('leaderboard')}</h2>
      <div className="app-performance__scroll">
        <table className="app-performance__table" aria-labelledby="leaderboard">
          <thead>
            <tr>
              <th scope="col">{pt('colRank')}</th>
              <th scope="col">{pt('colName')}</th>
              <th scope="col">{pt('colTotal')}</th>
              <th scope="col">{pt('colChange')}</th>
            </tr>
          </thead>
          <tbody>
            {leaderboard.items.map((row) => {
              const change = rankChange(row.rank, row.previousRank);
              return (
                <tr key={row.personId}>
                  <td>{row.rank}</td>
                  <th scope="row">{row.name}</th>
                  <td>{formatScoreNumber(row.total, locale, precision)}</td>
                  <td>
                    <span aria-hidden="true" className={`app-performance__move app-performance__move--${change.key}`}>
                      {change.shown}
                    </span>
                    <span className="fw-visually-hidden">{pt(change.key, { n: change.n })}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
